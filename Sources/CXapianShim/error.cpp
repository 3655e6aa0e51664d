#include "shim_internal.hpp"

namespace xs {

void clear_error(XSError *err) {
    if (!err) return;
    err->code = XS_OK;
    err->type[0] = '\0';
    err->message[0] = '\0';
}

void set_error(XSError *err, XSErrorCode code, const char *type, const std::string &msg) {
    if (!err) return;
    err->code = code;
    std::strncpy(err->type, type ? type : "", sizeof err->type - 1);
    err->type[sizeof err->type - 1] = '\0';
    std::strncpy(err->message, msg.c_str(), sizeof err->message - 1);
    err->message[sizeof err->message - 1] = '\0';
}

XSErrorCode code_for(const Xapian::Error &e) {
    // Xapian::Error has no virtual functions, so classes are told apart by name.
    static const struct { const char *type; XSErrorCode code; } table[] = {
        {"DatabaseLockError", XS_DATABASE_LOCK_ERROR},
        {"DatabaseModifiedError", XS_DATABASE_MODIFIED_ERROR},
        {"DatabaseNotFoundError", XS_DATABASE_NOT_FOUND_ERROR},
        {"DatabaseVersionError", XS_DATABASE_VERSION_ERROR},
        {"DatabaseOpeningError", XS_DATABASE_OPENING_ERROR},
        {"DatabaseCorruptError", XS_DATABASE_CORRUPT_ERROR},
        {"DatabaseCreateError", XS_DATABASE_CREATE_ERROR},
        {"DatabaseClosedError", XS_DATABASE_CLOSED_ERROR},
        {"DatabaseError", XS_DATABASE_ERROR},
        {"DocNotFoundError", XS_DOC_NOT_FOUND_ERROR},
        {"QueryParserError", XS_QUERY_PARSER_ERROR},
        {"WildcardError", XS_WILDCARD_ERROR},
        {"InvalidArgumentError", XS_INVALID_ARGUMENT_ERROR},
        {"InvalidOperationError", XS_INVALID_OPERATION_ERROR},
        {"RangeError", XS_RANGE_ERROR},
        {"NetworkError", XS_NETWORK_ERROR},
        {"NetworkTimeoutError", XS_NETWORK_ERROR},
    };
    const char *type = e.get_type();
    for (const auto &row : table)
        if (std::strcmp(type, row.type) == 0) return row.code;
    return XS_OTHER_XAPIAN_ERROR;
}

char *copy_out(const std::string &s, size_t *out_len) {
    char *buf = static_cast<char *>(std::malloc(s.size() + 1));
    if (!buf) throw std::bad_alloc();
    std::memcpy(buf, s.data(), s.size());
    buf[s.size()] = '\0';
    if (out_len) *out_len = s.size();
    return buf;
}

}  // namespace xs

extern "C" void xs_string_free(char *s) { std::free(s); }

extern "C" const char *xs_version_string(void) { return Xapian::version_string(); }
