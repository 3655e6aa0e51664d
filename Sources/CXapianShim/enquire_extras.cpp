// Sorting, match spies and relevance feedback on an Enquire.
#include "shim_internal.hpp"

#include <unordered_map>
#include <unordered_set>

using xs::guard;

namespace {
// Whether `term` starts with `prefix` and, with `words_only`, its next character
// is not an upper-case ASCII letter (a field prefix such as "S" or "XT").
bool is_candidate(const std::string &term, const std::string &prefix, bool words_only) {
    if (term.compare(0, prefix.size(), prefix) != 0) return false;
    if (!words_only) return true;
    if (term.size() == prefix.size()) return false;
    unsigned char next = static_cast<unsigned char>(term[prefix.size()]);
    return !(next >= 'A' && next <= 'Z');
}

// Accepts the candidate terms (see is_candidate); with `min_docs` above 1, only
// those that index at least `min_docs` of the RSet's documents, counted from
// their term lists. The ESet reads the statistics of every term it is offered,
// one B-tree lookup per term and shard, so offering fewer terms is what makes
// it cheap.
class CandidateDecider : public Xapian::ExpandDecider {
  public:
    CandidateDecider(const Xapian::Database &db, const std::vector<Xapian::docid> &docids,
                     std::string prefix, bool words_only, unsigned min_docs)
        : prefix_(std::move(prefix)), words_only_(words_only), counted_(min_docs > 1) {
        if (!counted_) return;
        std::unordered_map<std::string, unsigned> docs;
        for (Xapian::docid did : docids) {
            auto it = db.termlist_begin(did);
            if (!prefix_.empty()) it.skip_to(prefix_);
            for (; it != db.termlist_end(did); ++it) {
                const std::string term = *it;
                if (term.compare(0, prefix_.size(), prefix_) != 0) break;  // sorted: past the prefix
                if (is_candidate(term, prefix_, words_only_)) ++docs[term];
            }
        }
        for (const auto &entry : docs) {
            if (entry.second >= min_docs) allowed_.insert(entry.first);
        }
    }

    bool operator()(const std::string &term) const override {
        if (counted_) return allowed_.count(term) != 0;
        return is_candidate(term, prefix_, words_only_);
    }

  private:
    std::string prefix_;
    bool words_only_;
    bool counted_;
    std::unordered_set<std::string> allowed_;
};
}  // namespace

extern "C" {

int xs_enquire_set_sort_by_value(xs_enquire *enq, uint32_t slot, int reverse, XSError *err) {
    return guard<int>(err, -1, [&] {
        enq->enquire.set_sort_by_value_then_relevance(slot, reverse != 0);
        return 0;
    });
}

int xs_enquire_set_sort_by_relevance(xs_enquire *enq, XSError *err) {
    return guard<int>(err, -1, [&] { enq->enquire.set_sort_by_relevance(); return 0; });
}

int xs_enquire_add_value_count_spy(xs_enquire *enq, uint32_t slot, XSError *err) {
    return guard<int>(err, -1, [&] {
        enq->spies.emplace_back(new Xapian::ValueCountMatchSpy(slot));
        enq->enquire.add_matchspy(enq->spies.back().get());
        return static_cast<int>(enq->spies.size() - 1);
    });
}

int64_t xs_enquire_spy_distinct_values(xs_enquire *enq, int spy, XSError *err) {
    return guard<int64_t>(err, -1, [&] {
        auto &s = *enq->spies.at(static_cast<size_t>(spy));
        int64_t n = 0;
        for (auto it = s.values_begin(); it != s.values_end(); ++it) ++n;
        return n;
    });
}

int xs_enquire_spy_top_values(xs_enquire *enq, int spy, uint32_t maxvalues,
                              xs_value_count_visitor visit, void *context, XSError *err) {
    return guard<int>(err, -1, [&] {
        auto &s = *enq->spies.at(static_cast<size_t>(spy));
        for (auto it = s.top_values_begin(maxvalues); it != s.top_values_end(maxvalues); ++it) {
            std::string value = *it;
            if (visit(context, value.data(), value.size(), it.get_termfreq()) != 0) break;
        }
        return 0;
    });
}

int xs_enquire_eset(xs_enquire *enq, const xs_database *db, const uint32_t *docids, size_t n,
                    uint32_t maxitems, const char *prefix, int words_only, unsigned min_docs,
                    xs_term_weight_visitor visit, void *context, XSError *err) {
    return guard<int>(err, -1, [&] {
        Xapian::RSet rset;
        for (size_t i = 0; i < n; ++i) rset.add_document(docids[i]);
        std::vector<Xapian::docid> ids(docids, docids + n);
        CandidateDecider decider(db->db, ids, prefix ? prefix : "", words_only != 0,
                                 n > 1 ? min_docs : 1);
        // Exact term frequencies over all shards: the default estimates them from the shards
        // that hold the RSet's documents, so the ESet (and feedback) would change with the
        // way an archive is split into shards, local or remote.
        Xapian::ESet eset = enq->enquire.get_eset(maxitems, rset, Xapian::Enquire::USE_EXACT_TERMFREQ, &decider);
        for (auto it = eset.begin(); it != eset.end(); ++it) {
            std::string term = *it;
            if (visit(context, term.data(), term.size(), it.get_weight()) != 0) break;
        }
        return 0;
    });
}

}  // extern "C"
