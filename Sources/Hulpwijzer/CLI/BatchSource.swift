#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a batch reads its bytes: a file read in chunks (so a caseload of millions of rows
/// keeps memory flat), or bytes already in memory (standard input through `Terminal`).
final class BatchSource {
    /// Bytes per read from a file: about 1,500 households, so a chunk's output stays small
    /// (peak RSS of a 5 M-row run with 4 MiB chunks was 124 MB, most of it chunk buffers).
    static let chunkSize = 1 << 20

    private let descriptor: Int32?
    private var memory: [UInt8]?
    private let name: String

    /// Reads the file at `path` in chunks.
    init(path: String) throws(InputError) {
        let fd = open(path, O_RDONLY)
        name = "bestand \"\(path)\""
        guard fd >= 0 else { throw InputError(message: "\(name) \(RawFile.describe(errno))") }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw InputError(message: "\(name) \(RawFile.describe(EISDIR))")
        }
        descriptor = fd
    }

    /// Serves bytes already read.
    init(bytes: [UInt8]) {
        descriptor = nil
        memory = bytes
        name = "standaardinvoer"
    }

    deinit { if let descriptor { close(descriptor) } }

    /// The next bytes, nil at the end.
    func next() throws(InputError) -> [UInt8]? {
        guard let fd = descriptor else {
            defer { memory = nil }
            return memory.flatMap { $0.isEmpty ? nil : $0 }
        }
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        var filled = 0
        while filled < chunk.count {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError(message: "\(name) \(RawFile.describe(errno))")
            }
            filled += n
        }
        if filled == 0 { return nil }
        chunk.removeSubrange(filled...)
        return chunk
    }

    /// Everything that is left (for input kinds that need the whole document), at most `limit` bytes.
    func all(limit: Int) throws(InputError) -> [UInt8] {
        var out: [UInt8] = []
        while let chunk = try next() {
            if out.count + chunk.count > limit {
                throw InputError(message: "\(name) is groter dan \(limit / (1 << 20)) MB; geef een grote caseload als JSON Lines (één huishouden per regel)")
            }
            out += chunk
        }
        return out
    }
}
