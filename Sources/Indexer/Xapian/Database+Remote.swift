import CXapianShim

extension Database {
    /// The database `xapian-tcpsrv` serves at `host:port` (`Xapian::Remote::open`).
    /// Each message times out after `timeout` seconds, connecting after `connectTimeout`.
    public convenience init(remoteHost host: String, port: Int, timeout: Double = 10, connectTimeout: Double = 5) throws {
        let raw = try ShimCall.handle {
            xs_database_open_remote(host, UInt32(clamping: port), UInt32(clamping: Int(timeout * 1000)),
                                    UInt32(clamping: Int(connectTimeout * 1000)), $0)
        }
        self.init(handle: raw)
    }

    /// The database a program serves on its standard input and output
    /// (`Xapian::Remote::open(program, args)`): `xapian-progsrv DIR`, or
    /// `ssh HOST xapian-progsrv DIR`. `arguments` is split at spaces.
    public convenience init(program: String, arguments: String, timeout: Double = 10) throws {
        let raw = try ShimCall.handle {
            xs_database_open_remote_program(program, arguments, UInt32(clamping: Int(timeout * 1000)), $0)
        }
        self.init(handle: raw)
    }

    /// One database over `databases` (`Database::add_database`), in that order.
    public convenience init(combining databases: [Database]) throws {
        let raw = try ShimCall.handle { xs_database_new_empty($0) }
        self.init(handle: raw)
        for database in databases {
            try ShimCall.check { xs_database_add_database(handle, database.handle, $0) }
        }
    }

    /// Every word of the spelling dictionary with its frequency. A remote
    /// database has none (Xapian 1.4 reads spellings only from local ones).
    public func spellings() throws -> [(word: String, frequency: Int)] {
        try ShimVisitors.collect((String, Int).self) {
            xs_database_spellings_each(handle, ShimVisitors.valueCount, $0, $1)
        }.map { (word: $0.0, frequency: $0.1) }
    }
}
