#include "shim_internal.hpp"

using xs::guard;
using xs::str;

extern "C" {

xs_writable_database *xs_writable_database_open(const char *path, int action,
                                                XSError *err) {
    return guard<xs_writable_database *>(err, nullptr, [&] {
        int flags = Xapian::DB_CREATE_OR_OPEN;
        if (action == XS_DB_CREATE_OR_OVERWRITE) flags = Xapian::DB_CREATE_OR_OVERWRITE;
        if (action == XS_DB_OPEN) flags = Xapian::DB_OPEN;
        flags |= Xapian::DB_BACKEND_GLASS;
        return new xs_writable_database{Xapian::WritableDatabase(path ? path : "", flags)};
    });
}

void xs_writable_database_free(xs_writable_database *db) {
    if (!db) return;
    // Xapian 1.4's close() and destructor commit pending changes unless a
    // transaction is open, in which case they cancel it. Every write of ours
    // happens inside a transaction, so cancelling it first (it throws
    // InvalidOperationError when none is open) and closing discards whatever
    // was not committed.
    try {
        db->db.cancel_transaction();
    } catch (...) {
    }
    try {
        db->db.close();
    } catch (...) {
    }
    delete db;
}

int xs_writable_database_begin_transaction(xs_writable_database *db, int flushed, XSError *err) {
    return guard<int>(err, -1, [&] { db->db.begin_transaction(flushed != 0); return 0; });
}

int xs_writable_database_commit_transaction(xs_writable_database *db, XSError *err) {
    return guard<int>(err, -1, [&] { db->db.commit_transaction(); return 0; });
}

int xs_writable_database_cancel_transaction(xs_writable_database *db, XSError *err) {
    return guard<int>(err, -1, [&] { db->db.cancel_transaction(); return 0; });
}

int xs_writable_database_commit(xs_writable_database *db, XSError *err) {
    return guard<int>(err, -1, [&] { db->db.commit(); return 0; });
}

int xs_writable_database_close(xs_writable_database *db, XSError *err) {
    return guard<int>(err, -1, [&] { db->db.close(); return 0; });
}

uint32_t xs_writable_database_add_document(xs_writable_database *db,
                                           const xs_document *doc, XSError *err) {
    return guard<uint32_t>(err, 0, [&] { return db->db.add_document(doc->doc); });
}

int xs_writable_database_delete_document(xs_writable_database *db, const char *term,
                                         size_t term_len, XSError *err) {
    return guard<int>(err, -1, [&] {
        db->db.delete_document(str(term, term_len));
        return 0;
    });
}

uint32_t xs_writable_database_get_doccount(xs_writable_database *db, XSError *err) {
    return guard<uint32_t>(err, 0, [&] { return db->db.get_doccount(); });
}

int xs_writable_database_set_metadata(xs_writable_database *db, const char *key,
                                      size_t key_len, const char *value,
                                      size_t value_len, XSError *err) {
    return guard<int>(err, -1, [&] {
        db->db.set_metadata(str(key, key_len), str(value, value_len));
        return 0;
    });
}

char *xs_writable_database_get_metadata(xs_writable_database *db, const char *key,
                                        size_t key_len, size_t *out_len, XSError *err) {
    return guard<char *>(err, nullptr, [&] {
        return xs::copy_out(db->db.get_metadata(str(key, key_len)), out_len);
    });
}

int xs_writable_database_metadata_each(xs_writable_database *db, const char *prefix,
                                       size_t prefix_len, xs_metadata_visitor visit,
                                       void *context, XSError *err) {
    return guard<int>(err, -1, [&] {
        xs::each_metadata(db->db, str(prefix, prefix_len), visit, context);
        return 0;
    });
}

int xs_writable_database_add_spelling(xs_writable_database *db, const char *word,
                                      size_t word_len, uint32_t freqinc, XSError *err) {
    return guard<int>(err, -1, [&] {
        db->db.add_spelling(str(word, word_len), freqinc);
        return 0;
    });
}

}  // extern "C"

extern "C" int xs_writable_database_spellings_each(xs_writable_database *db, xs_value_count_visitor visit,
                                                   void *context, XSError *err) {
    return guard<int>(err, -1, [&] {
        for (auto it = db->db.spellings_begin(); it != db->db.spellings_end(); ++it) {
            std::string word = *it;
            if (visit(context, word.data(), word.size(), it.get_termfreq()) != 0) break;
        }
        return 0;
    });
}
