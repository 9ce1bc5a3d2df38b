#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a batch reads its bytes: a file or standard input read in chunks (so a caseload of
/// millions of rows keeps memory flat), or bytes already in memory (a test terminal's input).
final class BatchSource {
    /// Bytes per read from a file: about 750 households, so a chunk's output stays small (peak
    /// RSS of a 5 M-row run with 4 MiB chunks was 124 MB, most of it chunk buffers; two chunks are
    /// evaluated at a time, so the tail of one chunk no longer idles a core and small chunks cost little).
    static let chunkSize = 1 << 19

    private let descriptor: Int32?
    /// Whether `descriptor` was opened here (and is closed at the end).
    private let owned: Bool
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
        owned = true
    }

    /// Reads an open descriptor (standard input) in chunks; it is not closed here.
    init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        owned = false
        self.name = name
    }

    /// Serves bytes already read.
    init(bytes: [UInt8]) {
        descriptor = nil
        owned = false
        memory = bytes
        name = "standaardinvoer"
    }

    deinit { if owned, let descriptor { close(descriptor) } }

    /// The next bytes, nil at the end.
    func next() throws(InputError) -> [UInt8]? { try next(after: []) }

    /// `prefix` followed by the next bytes, read straight behind it (no copy of the chunk);
    /// nil at the end.
    func next(after prefix: [UInt8]) throws(InputError) -> [UInt8]? {
        guard let fd = descriptor else {
            defer { memory = nil }
            guard let memory, !memory.isEmpty else { return nil }
            return prefix.isEmpty ? memory : prefix + memory
        }
        var failure: Int32 = 0
        var filled = 0
        let chunk = [UInt8](unsafeUninitializedCapacity: prefix.count + Self.chunkSize) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            _ = prefix.withUnsafeBufferPointer { p in p.baseAddress.map { memcpy(base, $0, p.count) } }
            while filled < Self.chunkSize {
                let n = read(fd, base + prefix.count + filled, Self.chunkSize - filled)
                if n == 0 { break }
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                filled += n
                // A pipe that has nothing more right now: hand over what came, so rows come
                // out while a slow writer is still writing (a file is always ready).
                if !Self.ready(fd) { break }
            }
            count = prefix.count + filled
        }
        if failure != 0 { throw InputError(message: "\(name) \(RawFile.describe(failure))") }
        return filled == 0 ? nil : chunk
    }

    /// Whether a read of `fd` would return at once (data, or its end).
    private static func ready(_ fd: Int32) -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, 0) > 0
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
