// Value slots for watches (issue 14): a range filter on a slot (the passages
// first indexed in a range of build sequences), and a walk over one slot's
// value stream (a build's snapshot of what was indexed before).
#include "shim_internal.hpp"

using xs::guard;
using xs::str;

extern "C" {

xs_query *xs_query_new_value_range(uint32_t slot, const char *lo, size_t lo_len, const char *hi,
                                   size_t hi_len, XSError *err) {
    return guard<xs_query *>(err, nullptr, [&] {
        return new xs_query{Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, str(lo, lo_len), str(hi, hi_len))};
    });
}

int xs_database_values_each(xs_database *db, uint32_t slot, xs_docid_value_visitor visit, void *context,
                            XSError *err) {
    return guard<int>(err, -1, [&] {
        for (auto it = db->db.valuestream_begin(slot); it != db->db.valuestream_end(slot); ++it) {
            std::string value = *it;
            if (visit(context, it.get_docid(), value.data(), value.size()) != 0) break;
        }
        return 0;
    });
}

}  // extern "C"
