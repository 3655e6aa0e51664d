// Boolean filter terms (kind:, format:, path:, file:), matched through a
// Xapian::PostingSource that reads the term's own posting list.
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
// 'XKparagraph'" past the first chunk (about a thousand documents). A pure
// filter query over several shards reads every posting, so it always got there.
// Still so in 1.4.32. A PostingSource is never swapped: it reads the real list.
#include "shim_internal.hpp"

using xs::guard;

namespace {
class TermFilterSource : public Xapian::PostingSource {
  public:
    explicit TermFilterSource(std::string term) : term_(std::move(term)) {}

    Xapian::PostingSource *clone() const override { return new TermFilterSource(term_); }

    // Called once per shard, with that shard alone.
    void init(const Xapian::Database &db) override {
        it_ = db.postlist_begin(term_);
        termfreq_ = db.get_termfreq(term_);
        started_ = false;
    }

    Xapian::doccount get_termfreq_min() const override { return termfreq_; }
    Xapian::doccount get_termfreq_est() const override { return termfreq_; }
    Xapian::doccount get_termfreq_max() const override { return termfreq_; }

    // postlist_begin() is already on the first posting.
    void next(double) override {
        if (started_) ++it_;
        started_ = true;
    }

    void skip_to(Xapian::docid did, double) override {
        started_ = true;
        it_.skip_to(did);
    }

    bool at_end() const override { return started_ && it_ == Xapian::PostingIterator(); }
    Xapian::docid get_docid() const override { return *it_; }
    std::string get_description() const override { return "TermFilterSource(" + term_ + ")"; }

  private:
    std::string term_;
    Xapian::PostingIterator it_;
    Xapian::doccount termfreq_ = 0;
    bool started_ = false;
};

Xapian::Query filter_query(const std::string &term) {
    return Xapian::Query((new TermFilterSource(term))->release());
}

// The term QueryParser makes for `field:value` of a boolean prefix: a colon
// between a multi-letter prefix and a value that starts with A-Z or ':'
// (prefix_needs_colon, queryparser/queryparser.lemony).
class FilterTermProcessor : public Xapian::FieldProcessor {
  public:
    explicit FilterTermProcessor(std::string prefix) : prefix_(std::move(prefix)) {}

    Xapian::Query operator()(const std::string &value) override {
        std::string term = prefix_;
        const bool upper = !value.empty() && ((value[0] >= 'A' && value[0] <= 'Z') || value[0] == ':');
        if (upper && prefix_.size() > 1 && prefix_.back() != ':') term += ':';
        return filter_query(term + value);
    }

  private:
    std::string prefix_;
};
}  // namespace

extern "C" {

int xs_queryparser_add_boolean_prefix(xs_queryparser *qp, const char *field,
                                      const char *prefix, XSError *err) {
    return guard<int>(err, -1, [&] {
        qp->qp.add_boolean_prefix(field, (new FilterTermProcessor(prefix ? prefix : ""))->release());
        return 0;
    });
}

xs_query *xs_query_new_filter_term(const char *term, size_t len, XSError *err) {
    return guard<xs_query *>(err, nullptr, [&] { return new xs_query{filter_query(xs::str(term, len))}; });
}

}  // extern "C"
