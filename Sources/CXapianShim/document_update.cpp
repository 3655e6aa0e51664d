// Rewriting stored documents in place (issue 15: a build moves articles into
// and out of story clusters by changing one value slot and one boolean term of
// each of their passages): the documents a term indexes, reading a document,
// changing it and replacing it.
#include "shim_internal.hpp"

using xs::guard;
using xs::str;

extern "C" {

int xs_writable_database_postlist_each(xs_writable_database *db, const char *term, size_t len,
                                       xs_docid_visitor visit, void *context, XSError *err) {
    return guard<int>(err, -1, [&] {
        const std::string t = str(term, len);
        for (auto it = db->db.postlist_begin(t); it != db->db.postlist_end(t); ++it) {
            if (visit(context, *it) != 0) break;
        }
        return 0;
    });
}

xs_document *xs_writable_database_get_document(xs_writable_database *db, uint32_t docid, XSError *err) {
    return guard<xs_document *>(err, nullptr, [&] { return new xs_document{db->db.get_document(docid)}; });
}

int xs_writable_database_replace_document(xs_writable_database *db, uint32_t docid, const xs_document *doc,
                                          XSError *err) {
    return guard<int>(err, -1, [&] {
        db->db.replace_document(docid, doc->doc);
        return 0;
    });
}

char *xs_document_get_value(const xs_document *doc, uint32_t slot, size_t *out_len, XSError *err) {
    return guard<char *>(err, nullptr, [&] { return xs::copy_out(doc->doc.get_value(slot), out_len); });
}

int xs_document_remove_terms_with_prefix(xs_document *doc, const char *prefix, size_t len, XSError *err) {
    return guard<int>(err, -1, [&] {
        const std::string p = str(prefix, len);
        std::vector<std::string> doomed;
        auto it = doc->doc.termlist_begin();
        it.skip_to(p);
        for (; it != doc->doc.termlist_end(); ++it) {
            const std::string term = *it;
            if (term.compare(0, p.size(), p) != 0) break;
            doomed.push_back(term);
        }
        for (const auto &term : doomed) doc->doc.remove_term(term);
        return 0;
    });
}

}  // extern "C"
