import Foundation

/// The per-format fixtures written for the tests (Tests/Fixtures/formats) and the BBC corpus.
extension Fixtures {
    public static let formats = packageRoot + "/Tests/Fixtures/formats"

    public static func formatFile(_ name: String) -> String { formats + "/" + name }

    public static func formatBytes(_ name: String) -> [UInt8] {
        Array(FileManager.default.contents(atPath: formatFile(name)) ?? Data())
    }

    /// A folder holding every format fixture and the seed: four formats in one corpus.
    public static func mixedCorpus(in dir: String) throws -> String {
        let corpus = dir + "/mixed"
        let fm = FileManager.default
        try fm.createDirectory(atPath: corpus + "/web", withIntermediateDirectories: true)
        for name in try fm.contentsOfDirectory(atPath: formats) {
            let sub = name.hasSuffix(".html") ? "/web/" : "/"
            try fm.copyItem(atPath: formats + "/" + name, toPath: corpus + sub + name)
        }
        try fm.copyItem(atPath: seedFile, toPath: corpus + "/seed.txt")
        return corpus
    }

    public static let bbcTarball = corpora + "/bbc/bbc-fulltext.tar.xz"

    public static var hasBBC: Bool { FileManager.default.fileExists(atPath: bbcTarball) }

    /// The BBC corpus extracted once per test process (nil without the corpora),
    /// without its README.TXT, which is documentation and not an article.
    public static let bbcCorpus: String? = {
        guard FileManager.default.fileExists(atPath: bbcTarball) else { return nil }
        let out = TempFolder.runFolder + "/bbc"
        try? FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["tar", "-xJf", bbcTarball, "-C", out]
        try? p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { return nil }
        try? FileManager.default.removeItem(atPath: out + "/bbc/README.TXT")
        return out + "/bbc"
    }()
}
