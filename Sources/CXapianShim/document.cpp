#include "shim_internal.hpp"

using xs::guard;
using xs::str;

extern "C" {

xs_document *xs_document_new(XSError *err) {
    return guard<xs_document *>(err, nullptr, [&] { return new xs_document{}; });
}

void xs_document_free(xs_document *doc) { delete doc; }

int xs_document_set_data(xs_document *doc, const char *data, size_t len, XSError *err) {
    return guard<int>(err, -1, [&] { doc->doc.set_data(str(data, len)); return 0; });
}

int xs_document_add_value(xs_document *doc, uint32_t slot, const char *value, size_t len,
                          XSError *err) {
    return guard<int>(err, -1, [&] {
        doc->doc.add_value(slot, str(value, len));
        return 0;
    });
}

int xs_document_add_boolean_term(xs_document *doc, const char *term, size_t len,
                                 XSError *err) {
    return guard<int>(err, -1, [&] {
        doc->doc.add_boolean_term(str(term, len));
        return 0;
    });
}

xs_stem *xs_stem_new(const char *language, XSError *err) {
    return guard<xs_stem *>(err, nullptr, [&] {
        return new xs_stem{Xapian::Stem(language ? language : "none")};
    });
}

void xs_stem_free(xs_stem *stem) { delete stem; }

char *xs_stem_apply(const xs_stem *stem, const char *word, size_t len, size_t *out_len,
                    XSError *err) {
    return guard<char *>(err, nullptr, [&] {
        return xs::copy_out(stem->stem(str(word, len)), out_len);
    });
}

const char *xs_stem_get_available_languages(void) {
    static const std::string languages = Xapian::Stem::get_available_languages();
    return languages.c_str();
}

}  // extern "C"
