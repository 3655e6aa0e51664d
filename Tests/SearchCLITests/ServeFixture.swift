import Foundation
import TestSupport

/// The index `serve` is tested over, built once per test process: the seed,
/// 60 generated articles, and one hostile article whose title, caption,
/// credit and byline are markup (`<script>…`, `"><img onerror=…>`).
enum ServeFixture {
    static let hostileTitle = "<script>alert('title')</script> Zanzibar ferry"
    static let hostileCaption = "\"><img src=x onerror=alert(1)> Zanzibar harbour at dawn"

    static let root: String = {
        let root = TempFolder.runFolder + "/serve-fixture"
        try? FileManager.default.createDirectory(atPath: root + "/corpus", withIntermediateDirectories: true)
        try? FileManager.default.copyItem(atPath: Fixtures.seedFile, toPath: root + "/corpus/000_b7f96fcc7f242880.txt")
        Fixtures.generatedCorpus(60, into: root + "/corpus/generated")
        let hostile = """
        {"title": \(json(hostileTitle)), "byline": "<b onmouseover=alert(2)>Mallory</b>", "date": "2024-04-02", \
        "paragraphs": ["The Zanzibar ferry left <iframe src=javascript:alert(3)> at noon, carrying spice traders."], \
        "captions": [{"text": \(json(hostileCaption)), "credit": "<svg onload=alert(4)>"}]}

        """
        Fixtures.write(hostile, to: root + "/corpus/hostile.jsonl")
        let out = try! CLI.run(["index", "build", root + "/corpus", "--index", root + "/index", "--shards", "2"])
        precondition(out.status == 0, "the serve fixture did not build: \(out.stderr)")
        return root
    }()

    static var index: String { root + "/index" }

    private static func json(_ text: String) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: [text]), as: UTF8.self).dropFirst().dropLast().description
    }

    /// `search-cli` JSON output as an object without its timing.
    static func untimed(_ text: String) -> NSDictionary? {
        guard var object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] else { return nil }
        object["took_us"] = nil
        return object as NSDictionary
    }
}
