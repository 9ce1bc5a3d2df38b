#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
private let systemWrite = Glibc.write
#elseif canImport(Musl)
import Musl
private let systemRead = Musl.read
private let systemWrite = Musl.write
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
private let systemWrite = Darwin.write
#endif

/// Reading and writing through file descriptors, so that a pipe, a FIFO or `/dev/stdin` reads
/// like a file and an I/O failure (a closed or full stream) is an error value, never a trap.
package enum RawFile {
    /// Why a file or stream could not be read or written, in Dutch.
    package struct Failure: Error, Sendable, Equatable {
        /// A message a counsellor understands, naming the file.
        package var message: String
    }

    /// The system's description of an `errno` value.
    static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "niet gevonden"
        case EACCES, EPERM: return "geen toegang"
        case EISDIR: return "is een map, geen bestand"
        case EBADF: return "is gesloten"
        case ENOSPC: return "is vol"
        case EPIPE: return "is afgesloten door de ontvanger"
        default: return "niet te lezen of te schrijven (" + String(cString: strerror(code)) + ")"
        }
    }

    /// Reads every byte of the file at `path` (a regular file, a pipe or a device), at most
    /// `limit` bytes; `name` is how the file is named in messages.
    package static func read(path: String, name: String, limit: Int) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw Failure(message: "\(name) \(describe(errno))") }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw Failure(message: "\(name) \(describe(EISDIR))")
        }
        return try read(descriptor: fd, name: name, limit: limit)
    }

    /// Every byte of the regular file at `path` in one read of its size (falling back to reading to
    /// the end when the size changes), or nil when it cannot be opened or read, or is a folder.
    package static func contents(path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { return nil }
        let size = Int(info.st_size)
        guard (info.st_mode & S_IFMT) == S_IFREG, size > 0 else { return try? read(descriptor: fd, name: path, limit: Int.max) }
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let n = systemRead(fd, buffer.baseAddress! + count, size - count)
                if n < 0, errno == EINTR { continue }
                if n < 0 { failed = true }
                if n <= 0 { break }
                count += n
            }
        }
        guard !failed else { return nil }
        // The file grew while being read: read the rest (a one-byte probe first, so that the usual
        // case does not allocate a chunk).
        var probe: UInt8 = 0
        var n = 0
        repeat { n = systemRead(fd, &probe, 1) } while n < 0 && errno == EINTR
        if n < 0 { return nil }
        if n == 1 {
            guard let rest = try? read(descriptor: fd, name: path, limit: Int.max) else { return nil }
            bytes.append(probe)
            bytes += rest
        }
        return bytes
    }

    /// The names in the folder at `path` (without `.` and `..`), unsorted; nil when it is no folder.
    package static func names(in path: String) -> [String]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// True when something exists at `path`.
    package static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// True when `path` is a folder.
    package static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Reads a file descriptor to its end, at most `limit` bytes.
    package static func read(descriptor fd: Int32, name: String, limit: Int) throws(Failure) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n == 0 { return bytes }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(message: "\(name) \(describe(errno))")
            }
            if bytes.count + n > limit {
                throw Failure(message: "\(name) is groter dan \(limit / (1 << 20)) MB; dat is meer dan hulpwijzer in één keer leest")
            }
            bytes.append(contentsOf: chunk[0..<n])
        }
    }

    /// Writes all of `text` to a file descriptor, retrying on interrupts.
    package static func write(_ text: String, descriptor fd: Int32, name: String) throws(Failure) {
        var text = text
        let failure: Failure? = text.withUTF8 { buffer in
            do throws(Failure) {
                try write(buffer, descriptor: fd, name: name)
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
    }

    /// Writes bytes as they are (a batch's rows: no `String` in between).
    package static func write(_ buffer: UnsafeBufferPointer<UInt8>, descriptor fd: Int32, name: String) throws(Failure) {
        let failure: Int32? = {
            var offset = 0
            while offset < buffer.count {
                let n = systemWrite(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }()
        if let failure { throw Failure(message: "\(name) \(describe(failure))") }
    }

    /// Creates or replaces the file at `path` with `text` (mode 0644).
    package static func write(_ text: String, path: String) throws(Failure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(message: "\(path) \(describe(errno))") }
        defer { close(fd) }
        try write(text, descriptor: fd, name: path)
    }
}
