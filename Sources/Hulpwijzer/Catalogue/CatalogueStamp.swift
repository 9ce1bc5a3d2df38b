#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The record that a catalogue's national part was loaded and validated without any problem, so
/// that the next start with the same files can skip the checks that only protect against a broken
/// catalogue (`CatalogueValidator`, `SourceCheck`, the templates).
///
/// A stamp is an empty file in the cache folder whose name is the `Digest` of every file the load
/// reads (relative path, length and bytes) together with this program's identity (version, the
/// revision of the checks, and the size and modification time of the running executable, so that a
/// rebuilt program never trusts a stamp of an older one). An edited catalogue has another digest and
/// is validated again; only a load that found no problem writes a stamp.
package struct CatalogueStamp: Sendable {
    /// The folder the stamps are kept in.
    package let folder: String

    /// Raise when the load starts to refuse something it accepted before.
    static let revision = 1

    /// A stamp folder: `HULPWIJZER_CACHE`, else `$XDG_CACHE_HOME/hulpwijzer`, else
    /// `$HOME/.cache/hulpwijzer`; nil when none is set (then every load validates).
    package static func standard() -> CatalogueStamp? {
        if let dir = environment("HULPWIJZER_CACHE") { return CatalogueStamp(folder: dir) }
        if let dir = environment("XDG_CACHE_HOME") { return CatalogueStamp(folder: dir + "/hulpwijzer") }
        if let home = environment("HOME") { return CatalogueStamp(folder: home + "/.cache/hulpwijzer") }
        return nil
    }

    private static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }

    /// Creates a stamp folder at `folder` (made when the first stamp is written).
    package init(folder: String) { self.folder = folder }

    /// The identity of the running program that a stamp is bound to.
    static let programIdentity: String = {
        var info = stat()
        var identity = "hulpwijzer \(CLI.version) r\(revision)"
        if stat("/proc/self/exe", &info) == 0 || stat(CommandLine.arguments.first ?? "", &info) == 0 {
            let time = modified(info)
            identity += " \(info.st_size) \(time.tv_sec).\(time.tv_nsec)"
        }
        return identity
    }()

    /// When a file was last modified, from its `stat`.
    private static func modified(_ info: stat) -> timespec {
        #if canImport(Darwin)
        return info.st_mtimespec
        #else
        return info.st_mtim
        #endif
    }

    private func path(_ digest: Digest) -> String { folder + "/gevalideerd-" + digest.hex }

    /// True when a load of files with this digest was validated before.
    func contains(_ digest: Digest) -> Bool { access(path(digest), F_OK) == 0 }

    /// Records that the files with this digest were validated; a folder that cannot be written is
    /// not an error (the next load validates again).
    func record(_ digest: Digest) {
        makeFolder()
        let fd = open(path(digest), O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        if fd >= 0 { close(fd) }
    }

    private func imagePath(_ digest: Digest) -> String { folder + "/catalogus-" + digest.hex + ".bin" }

    /// The catalogue image written for this digest (`CatalogueImage`), if there is one.
    func image(_ digest: Digest) -> [UInt8]? { RawFile.contents(path: imagePath(digest)) }

    /// Keeps the image of the catalogue with this digest. It is written under a temporary name
    /// and renamed, so a reader never sees half an image; a folder that cannot be written is not
    /// an error (the next start reads the JSON files again).
    func recordImage(_ bytes: [UInt8], for digest: Digest) {
        makeFolder()
        // Unique per writer, also between threads of one process.
        let final = imagePath(digest), temporary = final + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        var written = 0
        bytes.withUnsafeBytes { raw in
            while written < raw.count {
                let n = write(fd, raw.baseAddress! + written, raw.count - written)
                if n <= 0 { break }
                written += n
            }
        }
        close(fd)
        if written == bytes.count { rename(temporary, final) } else { unlink(temporary) }
        pruneImages(keeping: final)
    }

    /// At most this many images are kept: each version of the files has its own, and a changed
    /// catalogue leaves the old one behind.
    static let imagesKept = 4

    /// Removes all but the `imagesKept` most recently written images (the one just written stays).
    private func pruneImages(keeping current: String) {
        guard let names = RawFile.names(in: folder) else { return }
        var images: [(path: String, time: Int)] = []
        for name in names where name.hasPrefix("catalogus-") && name.hasSuffix(".bin") {
            let path = folder + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            images.append((path, Self.modified(info).tv_sec))
        }
        guard images.count > Self.imagesKept else { return }
        let old = images.filter { $0.path != current }.sorted { $0.time < $1.time }
        for image in old.prefix(images.count - Self.imagesKept) { unlink(image.path) }
    }

    /// Makes the folder and its parents; mkdir of one that exists fails harmlessly.
    private func makeFolder() {
        for (i, c) in folder.utf8.enumerated() where c == UInt8(ascii: "/") && i > 0 { mkdir(String(folder.utf8.prefix(i))!, 0o755) }
        mkdir(folder, 0o755)
    }

    /// A 128-bit content hash (two multiply-xorshift 64-bit lanes over 8-byte words, with different offsets and multipliers) of the files a load
    /// reads; not cryptographic, but an accidental edit that keeps it equal is astronomically unlikely.
    struct Digest: Sendable, Equatable {
        private var a: UInt64 = 0xcbf2_9ce4_8422_2325
        private var b: UInt64 = 0x6c62_272e_07bb_0142

        /// Starts a digest with the identity of the running program.
        init(program: String = CatalogueStamp.programIdentity) { add(bytes: Array(program.utf8)) }

        /// Adds one file: its relative path, its length and its bytes.
        mutating func add(file: String, bytes: [UInt8]) {
            add(bytes: Array(file.utf8))
            add(bytes: withUnsafeBytes(of: UInt64(bytes.count).littleEndian, Array.init))
            add(bytes: bytes)
        }

        private mutating func add(bytes: [UInt8]) {
            var a = self.a, b = self.b
            bytes.withUnsafeBytes { raw in
                // Eight bytes at a time; the shifts spread high bits down before the next multiply.
                var i = 0
                while i + 8 <= raw.count {
                    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    a = (a ^ word) &* 0x0000_0100_0000_01B3
                    a ^= a >> 29
                    b = (b ^ (word << 17 | word >> 47)) &* 0x9E37_79B9_7F4A_7C15
                    b ^= b >> 31
                    i += 8
                }
                while i < raw.count {
                    a = (a ^ UInt64(raw[i])) &* 0x0000_0100_0000_01B3
                    b = (b ^ UInt64(raw[i])) &* 0x9E37_79B9_7F4A_7C15
                    i += 1
                }
            }
            self.a = a ^ 0xFF
            self.b = b ^ 0xFE
        }

        /// The digest in hexadecimal (32 digits).
        var hex: String {
            func hex(_ v: UInt64) -> String {
                let s = String(v, radix: 16)
                return String(repeating: "0", count: 16 - s.count) + s
            }
            return hex(a) + hex(b)
        }
    }
}
