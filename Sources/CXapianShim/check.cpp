#include <sstream>

#include "shim_internal.hpp"

using xs::guard;

extern "C" int64_t xs_database_check(const char *path, int opts, char **out_report,
                                     size_t *out_len, XSError *err) {
    // The report is kept when the check stops at an exception: its last
    // "table:" header says which table was being read.
    std::ostringstream report;
    int64_t errors = guard<int64_t>(err, -1, [&] {
        return static_cast<int64_t>(Xapian::Database::check(path ? path : "", opts, &report));
    });
    if (out_len) *out_len = 0;
    if (out_report) {
        *out_report = guard<char *>(nullptr, nullptr, [&] { return xs::copy_out(report.str(), out_len); });
    }
    return errors;
}
