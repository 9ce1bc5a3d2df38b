import Foundation

/// The version of the catalogue a batch used, written in every compact line: the FNV-1a
/// 64-bit hash, in hex, of every `.json` file under the catalogue directory (relative path
/// and bytes, in path order). Two runs with the same version used the same rules and figures.
enum BatchCatalogueVersion {
    static func of(directory: String) -> String {
        let root = URL(fileURLWithPath: directory).standardizedFileURL.path
        var paths: [String] = []
        if let walk = FileManager.default.enumerator(atPath: root) {
            while let p = walk.nextObject() as? String {
                if p.hasSuffix(".json") { paths.append(p) }
            }
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) {
            for b in bytes {
                hash ^= UInt64(b)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        for p in paths.sorted() {
            mix(p.utf8)
            mix([0])
            // Through the raw bytes: iterating `Data` itself costs ~20 times as many instructions.
            if let data = FileManager.default.contents(atPath: root + "/" + p) { data.withUnsafeBytes { mix($0) } }
            mix([0])
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
