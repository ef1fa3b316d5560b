/// File names from source ids.
enum FileName {
    /// `id` with every character but ASCII letters, digits, `-` and `_`
    /// replaced by `-`: safe on every file system, and never a path.
    static func safe(_ id: String) -> String {
        let bytes = id.utf8.map { byte -> UInt8 in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                return byte
            default:
                return UInt8(ascii: "-")
            }
        }
        return bytes.isEmpty ? "-" : String(decoding: bytes, as: UTF8.self)
    }
}
