// Written by scripts/openapi.py from schemas/*.schema.json: do not edit by hand.

/// `GET /openapi.json`: serve's API in OpenAPI 3.1, its response schemas those
/// of the CLI's JSON (`schemas/`), checked against real answers by the tests.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "search-cli serve",
        "version": "1",
        "description": "Read-only search over an archive of news articles: the best-matching paragraphs and photo captions, ranked. Each answer is the object of the matching search-cli --json output (schemas/ in the repository); every error is {format_version, error: {status, message}}."
      },
      "paths": {
        "/api/search": {
          "get": {
            "operationId": "search",
            "summary": "Search passages: the object of search --json (with group=true, of search --group --json)",
            "parameters": [
              {
                "name": "q",
                "in": "query",
                "description": "The query, in search-cli's syntax (at most 2,048 characters, not only white space).",
                "schema": {
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 2048,
                  "pattern": "\\S"
                },
                "required": true
              },
              {
                "name": "limit",
                "in": "query",
                "description": "Results per page (articles with group=true).",
                "schema": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 100,
                  "default": 10
                }
              },
              {
                "name": "offset",
                "in": "query",
                "description": "Results to skip, for paging.",
                "schema": {
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 1000,
                  "default": 0
                }
              },
              {
                "name": "per_article",
                "in": "query",
                "description": "At most this many passages per article (0: no limit); default 2, or 3 with group=true.",
                "schema": {
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 1000
                }
              },
              {
                "name": "sort",
                "in": "query",
                "description": "Result order.",
                "schema": {
                  "type": "string",
                  "enum": [
                    "relevance",
                    "date",
                    "path",
                    "path-desc"
                  ],
                  "default": "relevance"
                }
              },
              {
                "name": "group",
                "in": "query",
                "description": "Group the passages by article.",
                "schema": {
                  "type": "boolean",
                  "default": false
                }
              },
              {
                "name": "facets",
                "in": "query",
                "description": "Count kinds, sections, credits and articles over the whole match set.",
                "schema": {
                  "type": "boolean",
                  "default": false
                }
              },
              {
                "name": "feedback",
                "in": "query",
                "description": "Pseudo-relevance feedback reorders the top 20.",
                "schema": {
                  "type": "boolean",
                  "default": true
                }
              },
              {
                "name": "explain",
                "in": "query",
                "description": "Each result's matching terms and their share of its score.",
                "schema": {
                  "type": "boolean",
                  "default": false
                }
              },
              {
                "name": "correct",
                "in": "query",
                "description": "Search the spelling suggestion instead.",
                "schema": {
                  "type": "boolean",
                  "default": false
                }
              },
              {
                "name": "synonyms",
                "in": "query",
                "description": "Expand every word that has synonyms.",
                "schema": {
                  "type": "boolean",
                  "default": false
                }
              },
              {
                "name": "duplicates",
                "in": "query",
                "description": "Near-identical copies: collapse shows each story (and each caption shown on several pages) once, with its copies in duplicates; show lists every copy, marked with its story.",
                "schema": {
                  "type": "string",
                  "enum": [
                    "collapse",
                    "show"
                  ],
                  "default": "collapse"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "A page of results",
                "content": {
                  "application/json": {
                    "schema": {
                      "oneOf": [
                        {
                          "$ref": "#/components/schemas/SearchResults"
                        },
                        {
                          "$ref": "#/components/schemas/GroupedResults"
                        }
                      ]
                    }
                  }
                }
              },
              "400": {
                "$ref": "#/components/responses/Error"
              },
              "503": {
                "$ref": "#/components/responses/Error"
              }
            }
          }
        },
        "/api/similar": {
          "get": {
            "operationId": "similar",
            "summary": "Passages like one passage: the object of similar --json",
            "parameters": [
              {
                "name": "id",
                "in": "query",
                "description": "A passage id, path#N, as results give it.",
                "schema": {
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 2048
                },
                "required": true
              },
              {
                "name": "limit",
                "in": "query",
                "description": "Results per page.",
                "schema": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 100,
                  "default": 10
                }
              },
              {
                "name": "per_article",
                "in": "query",
                "description": "At most this many passages per article (0: no limit).",
                "schema": {
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 1000,
                  "default": 2
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Similar passages",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/SimilarResults"
                    }
                  }
                }
              },
              "400": {
                "$ref": "#/components/responses/Error"
              },
              "404": {
                "$ref": "#/components/responses/Error"
              },
              "503": {
                "$ref": "#/components/responses/Error"
              }
            }
          }
        },
        "/api/status": {
          "get": {
            "operationId": "status",
            "summary": "What the index holds and its last build: the object of index status --json",
            "responses": {
              "200": {
                "description": "The index's status",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Status"
                    }
                  }
                }
              },
              "400": {
                "$ref": "#/components/responses/Error"
              },
              "503": {
                "$ref": "#/components/responses/Error"
              }
            }
          }
        }
      },
      "components": {
        "schemas": {
          "error": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "format_version",
              "query",
              "error"
            ],
            "properties": {
              "format_version": {
                "$ref": "#/components/schemas/format_version"
              },
              "query": {
                "type": "string"
              },
              "error": {
                "description": "Why the query failed, one line",
                "type": "string"
              }
            }
          },
          "summary": {
            "description": "A build's summary inside another object (status' last_build): no format_version of its own",
            "type": "object",
            "additionalProperties": false,
            "required": [
              "corpus",
              "full",
              "started_at",
              "seconds",
              "shards",
              "language",
              "files_seen",
              "added",
              "changed",
              "removed",
              "renamed",
              "touched",
              "unchanged",
              "still_failing",
              "skipped",
              "articles",
              "passages",
              "captions",
              "passages_written"
            ],
            "properties": {
              "corpus": {
                "type": "string"
              },
              "full": {
                "type": "boolean"
              },
              "started_at": {
                "$ref": "#/components/schemas/timestamp"
              },
              "seconds": {
                "type": "number",
                "minimum": 0
              },
              "shards": {
                "$ref": "#/components/schemas/count"
              },
              "language": {
                "type": "string"
              },
              "files_seen": {
                "$ref": "#/components/schemas/count"
              },
              "added": {
                "$ref": "#/components/schemas/count"
              },
              "changed": {
                "$ref": "#/components/schemas/count"
              },
              "removed": {
                "$ref": "#/components/schemas/count"
              },
              "renamed": {
                "$ref": "#/components/schemas/count"
              },
              "touched": {
                "$ref": "#/components/schemas/count"
              },
              "unchanged": {
                "$ref": "#/components/schemas/count"
              },
              "still_failing": {
                "$ref": "#/components/schemas/count"
              },
              "articles": {
                "$ref": "#/components/schemas/count"
              },
              "passages": {
                "$ref": "#/components/schemas/count"
              },
              "captions": {
                "$ref": "#/components/schemas/count"
              },
              "passages_written": {
                "$ref": "#/components/schemas/count"
              },
              "story_changes": {
                "$ref": "#/components/schemas/count"
              },
              "decoded_with_fallback": {
                "$ref": "#/components/schemas/count"
              },
              "skipped": {
                "type": "array",
                "items": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "path",
                    "tag",
                    "reason"
                  ],
                  "properties": {
                    "path": {
                      "type": "string"
                    },
                    "tag": {
                      "type": "string"
                    },
                    "reason": {
                      "type": "string"
                    }
                  }
                }
              },
              "formats": {
                "$ref": "#/components/schemas/formats"
              }
            }
          },
          "format_version": {
            "description": "The version of these shapes (JSONOutput.formatVersion): raised when a field is removed, renamed or changes type.",
            "const": 1
          },
          "count": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991
          },
          "int": {
            "type": "integer",
            "minimum": -9007199254740991,
            "maximum": 9007199254740991
          },
          "timestamp": {
            "description": "ISO 8601 in UTC, to the millisecond",
            "type": "string",
            "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"
          },
          "article_date": {
            "description": "An article's date: YYYY-MM-DD, or an ISO 8601 timestamp",
            "type": "string",
            "pattern": "^\\d{4}-\\d{2}-\\d{2}(T[0-9:.+\\-Z]+)?$"
          },
          "notes": {
            "description": "What the query limits changed, one line each (absent when nothing)",
            "type": "array",
            "items": {
              "type": "string"
            },
            "minItems": 1
          },
          "story": {
            "description": "The story cluster of the article (s + 16 hex digits), when the archive holds near-identical copies of it",
            "type": "string",
            "pattern": "^s[0-9a-f]{16}$"
          },
          "duplicates": {
            "description": "The near-identical copies folded into a result (--duplicates collapse): other articles of its story, or other pages with the same caption, that match",
            "type": "object",
            "additionalProperties": false,
            "required": [
              "count",
              "ids"
            ],
            "properties": {
              "count": {
                "description": "How many copies (articles) match, counted over the whole match set",
                "type": "integer",
                "minimum": 1,
                "maximum": 9007199254740991
              },
              "ids": {
                "description": "Each copy's best passage (path#N), best first",
                "type": "array",
                "items": {
                  "type": "string",
                  "pattern": "#[0-9]+$"
                },
                "minItems": 1
              }
            }
          },
          "missing_shards": {
            "description": "search --allow-partial on a front index: the remote shards that did not answer; the results are the other shards' (absent when every shard answered)",
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "shard",
                "reason"
              ],
              "properties": {
                "shard": {
                  "description": "HOST:PORT, or the command line of a shard reached through a program (ssh)",
                  "type": "string",
                  "minLength": 1
                },
                "reason": {
                  "description": "Xapian's error, e.g. NetworkError: Couldn't connect: Connection refused",
                  "type": "string"
                }
              }
            },
            "minItems": 1
          },
          "term_contribution": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "term",
              "weight"
            ],
            "properties": {
              "term": {
                "description": "The term as a user would write it (huawei, title:rift, byline:okafor)",
                "type": "string"
              },
              "weight": {
                "type": "number",
                "minimum": 0
              },
              "feedback": {
                "description": "Present (true) for a term pseudo-relevance feedback added",
                "const": true
              }
            }
          },
          "facet_count": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "value",
              "count"
            ],
            "properties": {
              "value": {
                "type": "string"
              },
              "count": {
                "$ref": "#/components/schemas/count"
              },
              "title": {
                "description": "For articles: the article's title",
                "type": "string"
              }
            }
          },
          "facets": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "kinds",
              "sections",
              "credits",
              "articles",
              "totals"
            ],
            "properties": {
              "kinds": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/facet_count"
                }
              },
              "sections": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/facet_count"
                }
              },
              "credits": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/facet_count"
                }
              },
              "articles": {
                "description": "The articles with the most matching passages; value is the article's id (path, or path:line in a JSON Lines file)",
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/facet_count"
                }
              },
              "totals": {
                "description": "How many articles and stories match (a story is a cluster of near-identical articles, or an article that has none)",
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "articles",
                  "stories"
                ],
                "properties": {
                  "articles": {
                    "$ref": "#/components/schemas/count"
                  },
                  "stories": {
                    "$ref": "#/components/schemas/count"
                  }
                }
              }
            }
          },
          "result": {
            "description": "One ranked passage",
            "type": "object",
            "additionalProperties": false,
            "required": [
              "rank",
              "percent",
              "score",
              "id",
              "path",
              "title",
              "passage",
              "kind",
              "text",
              "snippet",
              "snippet_text",
              "matches"
            ],
            "properties": {
              "rank": {
                "description": "1-based, across pages",
                "type": "integer",
                "minimum": 1,
                "maximum": 9007199254740991
              },
              "percent": {
                "type": "integer",
                "minimum": 0,
                "maximum": 100
              },
              "score": {
                "description": "BM25 weight (with feedback, as reordered)",
                "type": "number",
                "minimum": 0
              },
              "id": {
                "description": "path#N, or path:line#N for an article of a JSON Lines file",
                "type": "string",
                "pattern": "#[0-9]+$"
              },
              "path": {
                "description": "The file, relative to the corpus folder",
                "type": "string"
              },
              "absolute_path": {
                "description": "The file on disk",
                "type": "string",
                "pattern": "^/"
              },
              "line": {
                "description": "The line of the JSON Lines file holding the article",
                "type": "integer",
                "minimum": 1,
                "maximum": 9007199254740991
              },
              "title": {
                "type": "string"
              },
              "passage": {
                "$ref": "#/components/schemas/count"
              },
              "kind": {
                "enum": [
                  "paragraph",
                  "caption"
                ]
              },
              "section": {
                "type": "string"
              },
              "credit": {
                "type": "string"
              },
              "text": {
                "type": "string"
              },
              "snippet": {
                "description": "HTML-escaped, matches in <b>…</b>",
                "type": "string"
              },
              "snippet_text": {
                "type": "string"
              },
              "matches": {
                "description": "The words of the snippet that matched, in order",
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "title_snippet": {
                "description": "The title, HTML-escaped with matches in <b>…</b>, when the passage matched only through its title",
                "type": "string",
                "pattern": "<b>"
              },
              "explanation": {
                "description": "With --explain: each term's share of the score, largest first",
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/term_contribution"
                }
              },
              "date": {
                "$ref": "#/components/schemas/article_date"
              },
              "byline": {
                "type": "string"
              },
              "place": {
                "type": "string"
              },
              "url": {
                "type": "string"
              },
              "format": {
                "enum": [
                  "text",
                  "html",
                  "markdown",
                  "jsonl"
                ]
              },
              "story": {
                "$ref": "#/components/schemas/story"
              },
              "duplicates": {
                "$ref": "#/components/schemas/duplicates"
              }
            }
          },
          "passage_ref": {
            "description": "A passage named without its text",
            "type": "object",
            "additionalProperties": false,
            "required": [
              "id",
              "path",
              "passage",
              "title"
            ],
            "properties": {
              "id": {
                "type": "string"
              },
              "path": {
                "type": "string"
              },
              "absolute_path": {
                "type": "string",
                "pattern": "^/"
              },
              "passage": {
                "$ref": "#/components/schemas/count"
              },
              "title": {
                "type": "string"
              },
              "story": {
                "$ref": "#/components/schemas/story"
              },
              "duplicates": {
                "description": "similar's source: its own copies that match, left out of the results",
                "$ref": "#/components/schemas/duplicates"
              }
            }
          },
          "format_count": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "files",
              "articles",
              "passages",
              "captions"
            ],
            "properties": {
              "files": {
                "$ref": "#/components/schemas/count"
              },
              "articles": {
                "$ref": "#/components/schemas/count"
              },
              "passages": {
                "$ref": "#/components/schemas/count"
              },
              "captions": {
                "$ref": "#/components/schemas/count"
              }
            }
          },
          "formats": {
            "description": "Totals per format",
            "type": "object",
            "propertyNames": {
              "enum": [
                "text",
                "html",
                "markdown",
                "jsonl"
              ]
            },
            "additionalProperties": {
              "$ref": "#/components/schemas/format_count"
            }
          },
          "Error": {
            "title": "serve's error answer",
            "description": "Every error of search-cli serve's API: its HTTP status and one line saying what was wrong.",
            "type": "object",
            "additionalProperties": false,
            "required": [
              "format_version",
              "error"
            ],
            "properties": {
              "format_version": {
                "$ref": "#/components/schemas/format_version"
              },
              "error": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "status",
                  "message"
                ],
                "properties": {
                  "status": {
                    "type": "integer",
                    "minimum": 400,
                    "maximum": 599
                  },
                  "message": {
                    "type": "string",
                    "description": "One line, naming the parameter or thing that was wrong"
                  }
                }
              }
            }
          },
          "GroupedResults": {
            "title": "search --group --json",
            "description": "A page of articles, each with its best passages.",
            "type": "object",
            "additionalProperties": false,
            "required": [
              "format_version",
              "query",
              "estimated_articles",
              "took_us",
              "groups"
            ],
            "properties": {
              "format_version": {
                "$ref": "#/components/schemas/format_version"
              },
              "query": {
                "type": "string"
              },
              "estimated_articles": {
                "description": "The number of matching stories (articles with --duplicates show): each group is one",
                "$ref": "#/components/schemas/count"
              },
              "syntax_error": {
                "type": "string"
              },
              "suggestion": {
                "type": "string"
              },
              "searched_query": {
                "type": "string"
              },
              "took_us": {
                "$ref": "#/components/schemas/count"
              },
              "notes": {
                "$ref": "#/components/schemas/notes"
              },
              "missing_shards": {
                "$ref": "#/components/schemas/missing_shards"
              },
              "facets": {
                "$ref": "#/components/schemas/facets"
              },
              "corpus": {
                "type": "string",
                "pattern": "^/"
              },
              "groups": {
                "type": "array",
                "items": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "rank",
                    "id",
                    "path",
                    "title",
                    "results"
                  ],
                  "properties": {
                    "rank": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 9007199254740991
                    },
                    "id": {
                      "description": "The article's own id: its path, or path:line in a JSON Lines file",
                      "type": "string"
                    },
                    "path": {
                      "type": "string"
                    },
                    "absolute_path": {
                      "type": "string",
                      "pattern": "^/"
                    },
                    "line": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 9007199254740991
                    },
                    "title": {
                      "type": "string"
                    },
                    "results": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/result"
                      }
                    },
                    "story": {
                      "$ref": "#/components/schemas/story"
                    },
                    "duplicates": {
                      "description": "The story's other matching copies",
                      "$ref": "#/components/schemas/duplicates"
                    }
                  }
                }
              },
              "index_built_at": {
                "description": "When the index's last completed build started (ISO 8601, UTC)",
                "type": "string",
                "format": "date-time"
              },
              "index_generation": {
                "description": "The live generation of the index (gen-N), absent for one built in place",
                "type": "string"
              },
              "build_sequence": {
                "description": "The last completed build's sequence number",
                "$ref": "#/components/schemas/count"
              }
            }
          },
          "SearchResults": {
            "title": "search --json",
            "description": "One object per search (also each line of --batch without --group).",
            "type": "object",
            "additionalProperties": false,
            "required": [
              "format_version",
              "query",
              "estimated_total",
              "took_us",
              "results"
            ],
            "properties": {
              "format_version": {
                "$ref": "#/components/schemas/format_version"
              },
              "query": {
                "type": "string"
              },
              "estimated_total": {
                "description": "Xapian's estimate of the matching passages, after the per-article limit (and, with --duplicates collapse, less the copies folded)",
                "$ref": "#/components/schemas/count"
              },
              "syntax_error": {
                "description": "Set when the query did not parse and was searched as plain words",
                "type": "string"
              },
              "suggestion": {
                "description": "A spelling suggestion",
                "type": "string"
              },
              "searched_query": {
                "description": "The query searched, when it differs from the one typed",
                "type": "string"
              },
              "took_us": {
                "$ref": "#/components/schemas/count"
              },
              "notes": {
                "$ref": "#/components/schemas/notes"
              },
              "missing_shards": {
                "$ref": "#/components/schemas/missing_shards"
              },
              "facets": {
                "$ref": "#/components/schemas/facets"
              },
              "corpus": {
                "description": "The corpus folder the index was built from",
                "type": "string",
                "pattern": "^/"
              },
              "exact_total": {
                "description": "--batch --bench only: the exact number of matching passages",
                "$ref": "#/components/schemas/count"
              },
              "results": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/result"
                }
              },
              "index_built_at": {
                "description": "When the index's last completed build started (ISO 8601, UTC)",
                "type": "string",
                "format": "date-time"
              },
              "index_generation": {
                "description": "The live generation of the index (gen-N), absent for one built in place",
                "type": "string"
              },
              "build_sequence": {
                "description": "The last completed build's sequence number",
                "$ref": "#/components/schemas/count"
              }
            }
          },
          "SimilarResults": {
            "title": "similar --json",
            "type": "object",
            "additionalProperties": false,
            "required": [
              "format_version",
              "query",
              "estimated_total",
              "took_us",
              "results",
              "source",
              "terms",
              "searched_query"
            ],
            "properties": {
              "format_version": {
                "$ref": "#/components/schemas/format_version"
              },
              "query": {
                "type": "string"
              },
              "estimated_total": {
                "description": "Xapian's estimate of the matching passages, after the per-article limit (and, with --duplicates collapse, less the copies folded)",
                "$ref": "#/components/schemas/count"
              },
              "syntax_error": {
                "description": "Set when the query did not parse and was searched as plain words",
                "type": "string"
              },
              "suggestion": {
                "description": "A spelling suggestion",
                "type": "string"
              },
              "searched_query": {
                "description": "The query searched, when it differs from the one typed",
                "type": "string"
              },
              "took_us": {
                "$ref": "#/components/schemas/count"
              },
              "notes": {
                "$ref": "#/components/schemas/notes"
              },
              "missing_shards": {
                "$ref": "#/components/schemas/missing_shards"
              },
              "facets": {
                "$ref": "#/components/schemas/facets"
              },
              "corpus": {
                "description": "The corpus folder the index was built from",
                "type": "string",
                "pattern": "^/"
              },
              "results": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/result"
                }
              },
              "source": {
                "description": "The passage the search started from",
                "$ref": "#/components/schemas/passage_ref"
              },
              "terms": {
                "description": "The words searched for, as the passage writes them",
                "type": "array",
                "items": {
                  "type": "string"
                }
              }
            }
          },
          "Status": {
            "title": "index status --json",
            "type": "object",
            "additionalProperties": false,
            "required": [
              "format_version",
              "index",
              "documents",
              "files",
              "passages",
              "captions",
              "formats",
              "failed"
            ],
            "properties": {
              "format_version": {
                "$ref": "#/components/schemas/format_version"
              },
              "index": {
                "type": "string"
              },
              "last_build": {
                "$ref": "#/components/schemas/summary"
              },
              "documents": {
                "$ref": "#/components/schemas/count"
              },
              "files": {
                "$ref": "#/components/schemas/count"
              },
              "passages": {
                "$ref": "#/components/schemas/count"
              },
              "captions": {
                "$ref": "#/components/schemas/count"
              },
              "formats": {
                "$ref": "#/components/schemas/formats"
              },
              "failed": {
                "type": "array",
                "items": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "path",
                    "size",
                    "modified",
                    "reason",
                    "tag"
                  ],
                  "properties": {
                    "path": {
                      "type": "string"
                    },
                    "size": {
                      "$ref": "#/components/schemas/count"
                    },
                    "modified": {
                      "$ref": "#/components/schemas/timestamp"
                    },
                    "reason": {
                      "type": "string"
                    },
                    "tag": {
                      "type": "string"
                    }
                  }
                }
              },
              "pending": {
                "description": "Changes in the corpus since the last build",
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "added",
                  "changed",
                  "removed"
                ],
                "properties": {
                  "added": {
                    "$ref": "#/components/schemas/count"
                  },
                  "changed": {
                    "$ref": "#/components/schemas/count"
                  },
                  "removed": {
                    "$ref": "#/components/schemas/count"
                  }
                }
              },
              "build_sequence": {
                "description": "The last completed build's sequence number: watches report the passages first indexed after their mark, up to it",
                "$ref": "#/components/schemas/count"
              },
              "meta_database": {
                "description": "A front index (index federate): its local database (meta-N), which holds the schema, synonyms and spelling dictionary",
                "type": "string",
                "minLength": 1
              },
              "remotes": {
                "description": "A front index: each remote shard its stub lists, in order, whether it answers and its documents (passages)",
                "type": "array",
                "items": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "shard",
                    "answers"
                  ],
                  "properties": {
                    "shard": {
                      "description": "HOST:PORT, or the command line of a shard reached through a program (ssh)",
                      "type": "string",
                      "minLength": 1
                    },
                    "answers": {
                      "type": "boolean"
                    },
                    "documents": {
                      "$ref": "#/components/schemas/count"
                    },
                    "reason": {
                      "description": "Why it does not answer (Xapian's error)",
                      "type": "string"
                    }
                  }
                }
              },
              "watches": {
                "description": "The saved searches (watch add), by name",
                "type": "array",
                "items": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "name",
                    "query",
                    "mark",
                    "created_at"
                  ],
                  "properties": {
                    "name": {
                      "type": "string"
                    },
                    "query": {
                      "type": "string"
                    },
                    "mark": {
                      "description": "The build sequence up to which the watch has reported",
                      "$ref": "#/components/schemas/count"
                    },
                    "created_at": {
                      "type": "string",
                      "format": "date-time"
                    },
                    "checked_at": {
                      "description": "When a check last advanced the mark",
                      "type": "string",
                      "format": "date-time"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "Error": {
            "description": "An error, in one line",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          }
        }
      }
    }
    """#
}
