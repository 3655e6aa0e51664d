/// How far a build has got, reported as files are processed.
public struct BuildProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
    public var passages: Int
}
