import Foundation
@testable import Hulpwijzer

/// Shared helpers for the tests: the bundled catalogue, households from JSON, the built binary.
enum TestSupport {
    /// Repository root (Tests/HulpwijzerTests/Support.swift → ../..).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let dataDirectory = root.appendingPathComponent("data").path
    static let fixtures = root.appendingPathComponent("Tests/HulpwijzerTests/Fixtures")

    /// The bundled catalogue, loaded once.
    static let catalogue: Catalogue = {
        do {
            return try Catalogue.load(from: dataDirectory)
        } catch {
            fatalError("bundled catalogue does not load: \(error)")
        }
    }()

    static var engine: Engine { Engine(catalogue: catalogue) }

    /// A fresh copy of the bundled catalogue in a temporary folder, with `files` (path under
    /// `data/` → text) written over it; the caller removes it.
    static func catalogueCopy(_ prefix: String, files: [String: String] = [:]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: dataDirectory), to: dir)
        for (path, text) in files { try text.write(to: dir.appendingPathComponent(path), atomically: true, encoding: .utf8) }
        return dir
    }

    static func household(_ json: String) throws -> Household {
        try HouseholdDecoder.decode(bytes: Array(json.utf8))
    }

    /// Evaluates a household given as JSON and returns outcome statuses by scheme id.
    static func evaluate(_ json: String) throws -> Evaluation {
        try engine.evaluate(household(json))
    }

    static func outcome(_ e: Evaluation, _ id: String) -> Outcome? {
        e.outcomes.first { $0.scheme.id == id }
    }

    static func status(_ json: String, _ id: String) throws -> Status? {
        outcome(try evaluate(json), id)?.status
    }

    /// The `hulpwijzer` executable built next to the test bundle.
    static var binary: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent(),
            Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
            root.appendingPathComponent(".build/debug"),
        ]
        for dir in candidates {
            var d = dir
            for _ in 0..<4 {
                let exe = d.appendingPathComponent("hulpwijzer")
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: exe.path, isDirectory: &isDir), !isDir.boolValue { return exe }
                d = d.deletingLastPathComponent()
            }
        }
        return root.appendingPathComponent(".build/debug/hulpwijzer")
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A write into a pipe the binary has closed returns an error instead of killing the tests.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Runs the built binary with arguments and optional standard input.
    static func run(_ arguments: [String], input: String? = nil, directory: URL? = nil, environment: [String: String]? = nil) throws -> Run {
        let p = Process()
        p.executableURL = binary
        p.arguments = arguments
        if let directory { p.currentDirectoryURL = directory }
        if let environment { p.environment = environment }
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        // Written on its own thread: a batch streams its input, so it may write output (and
        // wait for it to be read) before it has read all of its input.
        let writer = inp.fileHandleForWriting
        let done = DispatchSemaphore(value: 0)
        _ = ignoreBrokenPipes
        DispatchQueue.global().async {
            // A binary that stops early closes its input: the write then fails, and that is fine.
            if let input { try? writer.write(contentsOf: Data(input.utf8)) }
            try? writer.close()
            done.signal()
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// Runs the CLI in-process and captures its output.
    static func cli(_ arguments: [String], input: String = "", lines: [String] = []) -> Run {
        final class Box: @unchecked Sendable {
            var out = ""
            var err = ""
            var lines: [String] = []
            let lock = NSLock()
        }
        let box = Box()
        box.lines = lines
        let terminal = Terminal(out: { s in box.lock.lock(); box.out += s; box.lock.unlock() },
                                err: { s in box.lock.lock(); box.err += s; box.lock.unlock() },
                                readInput: { Array(input.utf8) },
                                readLine: {
                                    box.lock.lock()
                                    defer { box.lock.unlock() }
                                    return box.lines.isEmpty ? nil : box.lines.removeFirst()
                                })
        let withCatalogue = arguments.contains("--catalogus") ? arguments : arguments + ["--catalogus", dataDirectory]
        let code = CLI.run(withCatalogue, terminal: terminal)
        return Run(status: code, stdout: box.out, stderr: box.err)
    }
}
