// Boolean filters (kind:, format:, path:, file:) as value ranges on the slot
// that holds the field's value (OP_VALUE_RANGE), never as terms, so that they
// also work on shards served by xapian-tcpsrv.
//
// Why not a plain term: when a term with no weight (a filter, or a query scaled
// by 0) indexes every document of a shard, Xapian 1.4's matcher swaps in the
// shard's all-documents list and renames it to the term
// (LocalSubMatch::open_post_list, matcher/localsubmatch.cc). Once a shard's
// docids have a gap (any document deleted, as an incremental build does), that
// list is a GlassAllDocsPostList, which walks the document-length chunks of the
// posting table; under the new name, GlassPostList::next_chunk()
// (backends/glass/glass_postlist.cc) no longer recognises the next chunk as its
// own and throws DatabaseCorruptError "Unexpected end of posting list for
// 'XKparagraph'" past the first chunk (about a thousand documents). Still so
// in 1.4.32, and through xapian-tcpsrv too (its server matches with the same
// LocalSubMatch; RemoteFilterTests). A PostingSource that reads the term's
// own list dodged it locally, but a custom PostingSource cannot be serialised
// to a remote shard ("serialise() not supported"); a value range is built in.
#include "shim_internal.hpp"

using xs::guard;

namespace {
// Past every byte of UTF-8 text: "a/" .. "a/\xff" holds every value below "a/".
const char kAfterText = '\xff';

Xapian::Query value_filter(Xapian::valueno slot, const std::string &value, bool folder) {
    Xapian::Query exact(Xapian::Query::OP_VALUE_RANGE, slot, value, value);
    if (!folder) return exact;
    const std::string below = value + "/";
    return Xapian::Query(Xapian::Query::OP_OR, exact,
                         Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, below, below + kAfterText));
}

class ValueFilterProcessor : public Xapian::FieldProcessor {
  public:
    ValueFilterProcessor(Xapian::valueno slot, bool folder) : slot_(slot), folder_(folder) {}

    Xapian::Query operator()(const std::string &value) override { return value_filter(slot_, value, folder_); }

  private:
    Xapian::valueno slot_;
    bool folder_;
};
}  // namespace

extern "C" {

int xs_queryparser_add_value_filter(xs_queryparser *qp, const char *field, uint32_t slot,
                                    int folder, XSError *err) {
    return guard<int>(err, -1, [&] {
        qp->qp.add_boolean_prefix(field, (new ValueFilterProcessor(slot, folder != 0))->release());
        return 0;
    });
}

xs_query *xs_query_new_value_filter(uint32_t slot, const char *value, size_t len, int folder,
                                    XSError *err) {
    return guard<xs_query *>(err, nullptr, [&] { return new xs_query{value_filter(slot, xs::str(value, len), folder != 0)}; });
}

}  // extern "C"
