/// Finds the charset an HTML document declares in its first bytes
/// (`<meta charset="...">` or `content="text/html; charset=..."`), the way
/// browsers pre-scan before parsing: a byte scan for `charset=`, not a parse.
enum CharsetSniffer {
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4096)).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        let needle = Array("charset".utf8)
        var i = 0
        while i + needle.count < head.count {
            if Array(head[i..<i + needle.count]) == needle {
                var j = i + needle.count
                while j < head.count, head[j] == 0x20 { j += 1 }
                if j < head.count, head[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < head.count, head[j] == 0x20 || head[j] == UInt8(ascii: "\"") || head[j] == UInt8(ascii: "'") { j += 1 }
                    var name: [UInt8] = []
                    while j < head.count, name.count < 40,
                          (head[j] >= 0x30 && head[j] <= 0x39) || (head[j] >= 0x61 && head[j] <= 0x7A) || "-_.:".utf8.contains(head[j]) {
                        name.append(head[j])
                        j += 1
                    }
                    if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
                }
            }
            i += 1
        }
        return nil
    }

    static func isUTF8(_ name: String) -> Bool { name == "utf-8" || name == "utf8" }
}
