/// `GET /openapi.json`: the API described in OpenAPI 3.0 — every endpoint,
/// parameter and field — for clients and for the tests that check the real
/// answers against it (`schemathesis`, in `Tests/api`).
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.0.3",
      "info": {
        "title": "search-cli serve",
        "version": "1",
        "description": "Read-only search over an archive of news articles: the best-matching paragraphs and photo captions, ranked. The objects are those of search-cli's --json output. Every error is {\"error\": {\"status\", \"message\"}}."
      },
      "paths": {
        "/api/search": {
          "get": {
            "summary": "Search passages (the object of search --json; with group=true, of search --group --json)",
            "operationId": "search",
            "parameters": [
              {"name": "q", "in": "query", "required": true, "description": "The query, in search-cli's syntax (at most 8,192 bytes).", "schema": {"type": "string", "minLength": 1, "maxLength": 8192}},
              {"name": "limit", "in": "query", "description": "Results per page (articles with group=true).", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 10}},
              {"name": "offset", "in": "query", "description": "Results to skip, for paging.", "schema": {"type": "integer", "minimum": 0, "maximum": 1000, "default": 0}},
              {"name": "per_article", "in": "query", "description": "At most this many passages per article (0: no limit). Default 2, or 3 with group=true.", "schema": {"type": "integer", "minimum": 0, "maximum": 1000}},
              {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["relevance", "date", "path", "path-desc"], "default": "relevance"}},
              {"name": "group", "in": "query", "description": "Group the passages by article.", "schema": {"type": "boolean", "default": false}},
              {"name": "facets", "in": "query", "description": "Count kinds, sections, credits and articles over the whole match set.", "schema": {"type": "boolean", "default": false}},
              {"name": "feedback", "in": "query", "description": "Pseudo-relevance feedback reorders the top 20.", "schema": {"type": "boolean", "default": true}},
              {"name": "explain", "in": "query", "description": "Each result's matching terms and their share of its score.", "schema": {"type": "boolean", "default": false}},
              {"name": "correct", "in": "query", "description": "Search the spelling suggestion instead.", "schema": {"type": "boolean", "default": false}},
              {"name": "synonyms", "in": "query", "description": "Expand every word that has synonyms.", "schema": {"type": "boolean", "default": false}}
            ],
            "responses": {
              "200": {"description": "A page of results", "content": {"application/json": {"schema": {"oneOf": [{"$ref": "#/components/schemas/SearchResults"}, {"$ref": "#/components/schemas/GroupedResults"}]}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "503": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/similar": {
          "get": {
            "summary": "Passages like one passage (the object of similar --json)",
            "operationId": "similar",
            "parameters": [
              {"name": "id", "in": "query", "required": true, "description": "A passage id, path#N, as results give it.", "schema": {"type": "string", "minLength": 1, "maxLength": 8192}},
              {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 10}},
              {"name": "per_article", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 1000, "default": 2}}
            ],
            "responses": {
              "200": {"description": "Similar passages", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResults"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"},
              "503": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/status": {
          "get": {
            "summary": "What the index holds and its last build (the object of index status --json)",
            "operationId": "status",
            "responses": {
              "200": {"description": "The index status", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Status"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "503": {"$ref": "#/components/responses/Error"}
            }
          }
        }
      },
      "components": {
        "responses": {
          "Error": {"description": "An error, in one line", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        },
        "schemas": {
          "Error": {
            "type": "object", "required": ["error"], "additionalProperties": false,
            "properties": {"error": {"type": "object", "required": ["status", "message"], "additionalProperties": false,
              "properties": {"status": {"type": "integer"}, "message": {"type": "string"}}}}
          },
          "Result": {
            "type": "object", "additionalProperties": false,
            "required": ["rank", "percent", "score", "id", "path", "title", "passage", "kind", "text", "snippet", "snippet_text", "matches"],
            "properties": {
              "rank": {"type": "integer", "minimum": 1, "description": "1-based, across pages"},
              "percent": {"type": "integer", "minimum": 0, "maximum": 100},
              "score": {"type": "number"},
              "id": {"type": "string", "description": "path#N (a JSON Lines article: path:line#N)"},
              "path": {"type": "string", "description": "The file, relative to the corpus folder"},
              "title": {"type": "string"},
              "passage": {"type": "integer", "minimum": 0},
              "kind": {"type": "string", "enum": ["paragraph", "caption"]},
              "section": {"type": "string"},
              "credit": {"type": "string", "description": "A caption's photo credit"},
              "text": {"type": "string", "description": "The passage's whole text"},
              "snippet": {"type": "string", "description": "The snippet, HTML-escaped, matches in <b>…</b>"},
              "snippet_text": {"type": "string"},
              "matches": {"type": "array", "items": {"type": "string"}},
              "explanation": {"type": "array", "items": {"type": "object", "required": ["term", "weight"], "additionalProperties": false,
                "properties": {"term": {"type": "string"}, "weight": {"type": "number"}}}},
              "date": {"type": "string"}, "byline": {"type": "string"}, "place": {"type": "string"}, "url": {"type": "string"},
              "format": {"type": "string", "enum": ["text", "html", "markdown", "jsonl"]}
            }
          },
          "FacetCount": {
            "type": "object", "required": ["value", "count"], "additionalProperties": false,
            "properties": {"value": {"type": "string"}, "count": {"type": "integer", "minimum": 0}, "title": {"type": "string"}}
          },
          "SearchResults": {
            "type": "object", "additionalProperties": false,
            "required": ["query", "estimated_total", "took_us", "results"],
            "properties": {
              "query": {"type": "string"},
              "estimated_total": {"type": "integer", "minimum": 0},
              "syntax_error": {"type": "string"},
              "took_us": {"type": "integer", "minimum": 0},
              "results": {"type": "array", "items": {"$ref": "#/components/schemas/Result"}},
              "suggestion": {"type": "string", "description": "Did you mean"},
              "searched_query": {"type": "string"},
              "facets": {"type": "object", "additionalProperties": false, "required": ["kinds", "sections", "credits", "articles"],
                "properties": {
                  "kinds": {"type": "array", "items": {"$ref": "#/components/schemas/FacetCount"}},
                  "sections": {"type": "array", "items": {"$ref": "#/components/schemas/FacetCount"}},
                  "credits": {"type": "array", "items": {"$ref": "#/components/schemas/FacetCount"}},
                  "articles": {"type": "array", "items": {"$ref": "#/components/schemas/FacetCount"}}}},
              "notes": {"type": "array", "items": {"type": "string"}, "description": "What the query limits changed"}
            }
          },
          "GroupedResults": {
            "type": "object", "additionalProperties": false,
            "required": ["query", "estimated_articles", "took_us", "groups"],
            "properties": {
              "query": {"type": "string"},
              "estimated_articles": {"type": "integer", "minimum": 0},
              "syntax_error": {"type": "string"},
              "suggestion": {"type": "string"},
              "searched_query": {"type": "string"},
              "took_us": {"type": "integer", "minimum": 0},
              "notes": {"type": "array", "items": {"type": "string"}},
              "groups": {"type": "array", "items": {"type": "object", "additionalProperties": false, "required": ["rank", "path", "title", "results"],
                "properties": {"rank": {"type": "integer", "minimum": 1}, "path": {"type": "string"}, "title": {"type": "string"},
                  "results": {"type": "array", "items": {"$ref": "#/components/schemas/Result"}}}}}
            }
          },
          "FormatCount": {
            "type": "object", "additionalProperties": false, "required": ["files", "articles", "passages", "captions"],
            "properties": {"files": {"type": "integer"}, "articles": {"type": "integer"}, "passages": {"type": "integer"}, "captions": {"type": "integer"}}
          },
          "Status": {
            "type": "object", "additionalProperties": false,
            "required": ["index", "documents", "files", "passages", "captions", "formats", "failed"],
            "properties": {
              "index": {"type": "string"},
              "documents": {"type": "integer"}, "files": {"type": "integer"}, "passages": {"type": "integer"}, "captions": {"type": "integer"},
              "formats": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/FormatCount"}},
              "failed": {"type": "array", "items": {"type": "object", "required": ["path", "reason"], "properties": {"path": {"type": "string"}, "reason": {"type": "string"}}}},
              "pending": {"type": "object", "additionalProperties": false, "required": ["added", "changed", "removed"],
                "properties": {"added": {"type": "integer"}, "changed": {"type": "integer"}, "removed": {"type": "integer"}}},
              "last_build": {"type": "object", "description": "The last build's summary (index build --json)",
                "required": ["corpus", "full", "started_at", "seconds", "shards", "language"],
                "properties": {"corpus": {"type": "string"}, "full": {"type": "boolean"}, "started_at": {"type": "number"}, "seconds": {"type": "number"},
                  "shards": {"type": "integer"}, "language": {"type": "string"}}}
            }
          }
        }
      }
    }
    """#
}
