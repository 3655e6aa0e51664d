#include "shim_internal.hpp"

using xs::guard;
using xs::str;

namespace xs {

void each_metadata(const Xapian::Database &db, const std::string &prefix,
                   xs_metadata_visitor visit, void *context) {
    for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
        std::string key = *it;
        std::string value = db.get_metadata(key);
        if (visit(context, key.data(), key.size(), value.data(), value.size()) != 0) break;
    }
}

}  // namespace xs

extern "C" {

xs_database *xs_database_open(const char *path, XSError *err) {
    return guard<xs_database *>(err, nullptr, [&] {
        return new xs_database{Xapian::Database(path ? path : "")};
    });
}

void xs_database_free(xs_database *db) { delete db; }

int xs_database_reopen(xs_database *db, XSError *err) {
    return guard<int>(err, -1, [&] { return db->db.reopen() ? 1 : 0; });
}

uint32_t xs_database_get_doccount(xs_database *db, XSError *err) {
    return guard<uint32_t>(err, 0, [&] { return db->db.get_doccount(); });
}

char *xs_database_get_metadata(xs_database *db, const char *key, size_t key_len,
                               size_t *out_len, XSError *err) {
    return guard<char *>(err, nullptr, [&] {
        return xs::copy_out(db->db.get_metadata(str(key, key_len)), out_len);
    });
}

int xs_database_metadata_each(xs_database *db, const char *prefix, size_t prefix_len,
                              xs_metadata_visitor visit, void *context, XSError *err) {
    return guard<int>(err, -1, [&] {
        xs::each_metadata(db->db, str(prefix, prefix_len), visit, context);
        return 0;
    });
}

uint32_t xs_database_get_termfreq(xs_database *db, const char *term, size_t len, XSError *err) {
    return guard<uint32_t>(err, 0, [&] { return db->db.get_termfreq(str(term, len)); });
}

char *xs_database_get_spelling_suggestion(xs_database *db, const char *word, size_t len,
                                          size_t *out_len, XSError *err) {
    return guard<char *>(err, nullptr, [&] {
        return xs::copy_out(db->db.get_spelling_suggestion(str(word, len)), out_len);
    });
}

uint32_t xs_database_first_docid(xs_database *db, const char *term, size_t len, XSError *err) {
    return guard<uint32_t>(err, 0, [&] {
        std::string t = str(term, len);
        auto it = db->db.postlist_begin(t);
        return it == db->db.postlist_end(t) ? Xapian::docid(0) : *it;
    });
}

int xs_database_compact(const char *source, const char *destination, XSError *err) {
    return guard<int>(err, -1, [&] {
        Xapian::Database(source ? source : "").compact(destination ? destination : "",
                                                       Xapian::DBCOMPACT_NO_RENUMBER);
        return 0;
    });
}

}  // extern "C"

extern "C" {

xs_database *xs_database_open_remote(const char *host, unsigned port, unsigned timeout_ms,
                                     unsigned connect_timeout_ms, XSError *err) {
    return guard<xs_database *>(err, nullptr, [&] {
        return new xs_database{Xapian::Remote::open(host ? host : "", port, timeout_ms, connect_timeout_ms)};
    });
}

xs_database *xs_database_open_remote_program(const char *program, const char *args,
                                             unsigned timeout_ms, XSError *err) {
    return guard<xs_database *>(err, nullptr, [&] {
        return new xs_database{Xapian::Remote::open(program ? program : "", args ? args : "", timeout_ms)};
    });
}

xs_database *xs_database_new_empty(XSError *err) {
    return guard<xs_database *>(err, nullptr, [&] { return new xs_database{Xapian::Database()}; });
}

int xs_database_add_database(xs_database *db, const xs_database *other, XSError *err) {
    return guard<int>(err, -1, [&] { db->db.add_database(other->db); return 0; });
}

int xs_database_spellings_each(xs_database *db, xs_value_count_visitor visit, void *context,
                               XSError *err) {
    return guard<int>(err, -1, [&] {
        for (auto it = db->db.spellings_begin(); it != db->db.spellings_end(); ++it) {
            std::string word = *it;
            if (visit(context, word.data(), word.size(), it.get_termfreq()) != 0) break;
        }
        return 0;
    });
}

}  // extern "C"
