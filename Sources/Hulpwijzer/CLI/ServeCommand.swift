import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `hulpwijzer serve`: a local web server with the HTTP API (and the desk page). Listens on
/// loopback unless told otherwise; Ctrl-C stops it.
enum ServeCommand {
    static let options = ["--poort", "--adres", "--ook-via-netwerk", "--help"]

    static func help() -> String {
        """
        \(CLI.usageLine("serve"))

        Aan de balie: open het getoonde adres in de browser voor het formulier met het overzicht
        ernaast, de afdruk voor de cli\u{EB}nt, en het huishouden opslaan en weer openen als bestand.

        Start een lokale webserver met de HTTP-API voor andere software:
          POST /api/check        huishouden (JSON) in, het resultaat van 'check --format json' uit (?alle=1 met de nee-uitkomsten)
          POST /api/batch        JSON Lines in, JSON Lines uit (gestreamd), zoals 'hulpwijzer batch'
          GET  /api/regelingen   de catalogus (?gemeente=NAAM)
          GET  /api/gemeenten    alle gemeenten en hun regelingen
        Fouten komen terug als JSON met de velden, met HTTP 400. Beschreven in docs/openapi.json.

        Opties:
          --poort N            de poort (standaard 8080; 0 kiest een vrije poort)
          --adres IP           het adres om op te luisteren (standaard 127.0.0.1, alleen deze computer)
          --ook-via-netwerk    nodig bij een ander adres dan 127.0.0.1 of ::1: huishoudgegevens gaan
                               dan onversleuteld over het netwerk

        De server bewaart en logt niets van wat er wordt ingevuld. Stoppen: Ctrl-C.

        """
    }

    static func run(_ args: [String], load: () throws(InputError) -> Catalogue, catalogueDirectory: String,
                    terminal: Terminal) throws -> Int32 {
        var list = ArgumentList(args, command: "serve")
        var port = 8080
        var address = "127.0.0.1"
        var network = false
        while let arg = list.next() {
            let (name, inline) = ArgumentList.split(arg)
            switch name {
            case "--help", "-h":
                terminal.out(help())
                return ExitCode.success
            case "--poort":
                let v = try list.value(for: name, inline: inline)
                guard let p = Int(v), (0...65535).contains(p) else { throw UsageError(message: "--poort verwacht een getal van 0 tot 65535, niet \(Quoted.text(v))", command: "serve") }
                port = p
            case "--adres": address = try list.value(for: name, inline: inline)
            case "--ook-via-netwerk": network = true
            default:
                throw UsageError(message: "onbekende optie '\(Quoted.text(name))'.\(Suggest.didYouMean(name, in: options))", command: "serve")
            }
        }
        let loopback = address == "127.0.0.1" || address == "::1" || address.hasPrefix("127.")
        if !loopback && !network {
            throw UsageError(message: "luisteren op \(Quoted.text(address)) maakt de server bereikbaar vanaf het netwerk; geef ook --ook-via-netwerk als dat echt de bedoeling is", command: "serve")
        }
        let catalogue = try load()
        let server: HTTPServer
        let box = ServiceBox()
        do throws(HTTPServer.StartError) {
            server = try HTTPServer(address: address, port: port) { request, writer in box.service?.handle(request, writer) }
        } catch {
            throw InputError(message: error.description)
        }
        box.service = DeskService(catalogue: catalogue, catalogueDirectory: catalogueDirectory, address: address, port: server.port, today: terminal.today)
        if !loopback {
            terminal.err("Let op: de server luistert op \(address) en is bereikbaar vanaf het netwerk. Huishoudgegevens gaan onversleuteld over dat netwerk.\n")
        }
        let shown = address.contains(":") ? "[\(address)]" : address
        terminal.out("hulpwijzer luistert op http://\(shown):\(server.port)/ — stoppen met Ctrl-C.\n")
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let sources = [SIGINT, SIGTERM].map { DispatchSource.makeSignalSource(signal: $0, queue: .global()) }
        for source in sources {
            source.setEventHandler { server.stop() }
            source.resume()
        }
        server.run()
        for source in sources { source.cancel() }
        terminal.out("hulpwijzer is gestopt.\n")
        return ExitCode.success
    }
}

/// Holds the service once the server knows its port (the handler is created before).
private final class ServiceBox: Sendable {
    private let slot = Mutex<DeskService?>(nil)
    var service: DeskService? {
        get { slot.withLock { $0 } }
        set { slot.withLock { $0 = newValue } }
    }
}
