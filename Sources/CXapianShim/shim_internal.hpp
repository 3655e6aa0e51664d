// Internal to the shim: handle layouts and the one exception guard.
#pragma once

#if __has_include(<xapian.h>)
#include <xapian.h>
#else
#error "Xapian's headers were not found. Install them with: apt-get install -y libxapian-dev"
#endif

#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
#include <string>
#include <vector>

#include "CXapianShim.h"

struct xs_database { Xapian::Database db; };
struct xs_writable_database { Xapian::WritableDatabase db; };
struct xs_document { Xapian::Document doc; };
struct xs_termgenerator { Xapian::TermGenerator tg; };
struct xs_stem { Xapian::Stem stem; };
struct xs_queryparser {
    Xapian::QueryParser qp;
    // Words each client-expanded wildcard keeps (wildcard_field.cpp), shared
    // with the parser's WildcardExpanders; set with the parser's own limit.
    std::shared_ptr<Xapian::termcount> wildcard_limit = std::make_shared<Xapian::termcount>(0);
};
struct xs_query { Xapian::Query query; };
struct xs_enquire {
    Xapian::Enquire enquire;
    // Match spies live as long as the Enquire that uses them.
    std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;
};
struct xs_mset { Xapian::MSet mset; };

namespace xs {

void set_error(XSError *err, XSErrorCode code, const char *type, const std::string &msg);
void clear_error(XSError *err);
XSErrorCode code_for(const Xapian::Error &e);

// Visits the metadata of `db` under `prefix` (WritableDatabase is a Database).
void each_metadata(const Xapian::Database &db, const std::string &prefix,
                   xs_metadata_visitor visit, void *context);

// Copies `s` into a malloc'd buffer the caller frees with xs_string_free.
char *copy_out(const std::string &s, size_t *out_len);

inline std::string str(const char *p, size_t len) {
    return p ? std::string(p, len) : std::string();
}

// Runs `body`, turning every exception into an XSError and `failed`.
template <typename T, typename F>
T guard(XSError *err, T failed, F &&body) {
    clear_error(err);
    try {
        return body();
    } catch (const Xapian::Error &e) {
        std::string msg = e.get_msg();
        if (!e.get_context().empty()) msg += " (" + e.get_context() + ")";
        // The system's reason, e.g. "No space left on device" for ENOSPC.
        if (const char *why = e.get_error_string()) msg += std::string(": ") + why;
        set_error(err, code_for(e), e.get_type(), msg);
    } catch (const std::bad_alloc &) {
        set_error(err, XS_STD_EXCEPTION, "std::bad_alloc", "out of memory");
    } catch (const std::exception &e) {
        set_error(err, XS_STD_EXCEPTION, "std::exception", e.what());
    } catch (...) {
        set_error(err, XS_UNKNOWN_EXCEPTION, "unknown", "unknown C++ exception");
    }
    return failed;
}

}  // namespace xs
