/** The OpenAPI 3.1 description of the JSON API, served at `/openapi.json`. */
import { VERSION } from '../../version.ts';

const str = { type: 'string' };
const filterParams = [
  { name: 'section', in: 'query', schema: str, description: 'Section slug or name.' },
  { name: 'author', in: 'query', schema: str, description: 'Author name (case-insensitive).' },
  { name: 'site', in: 'query', schema: str, description: 'Site name or host (e.g. apnews.com).' },
  { name: 'since', in: 'query', schema: { type: 'string', format: 'date-time' }, description: 'ISO 8601 date or date-time, inclusive.' },
  { name: 'until', in: 'query', schema: { type: 'string', format: 'date-time' }, description: 'ISO 8601 date or date-time, exclusive.' },
  { name: 'includeCopies', in: 'query', schema: { type: 'boolean' }, description: 'Also list near-identical copies of a story.' },
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
];
const error = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };

export function openApiDocument(origin: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Dateline API', version: VERSION, description: 'Stored news articles: list, fetch (Dateline JSON or IPTC ninjs), search, ingest.' },
    servers: [{ url: origin }],
    paths: {
      '/api/articles': {
        get: {
          summary: 'List stories, newest first',
          parameters: [...filterParams, { name: 'cursor', in: 'query', schema: str, description: "The previous page's nextCursor." }],
          responses: {
            200: {
              description: 'A page of article summaries (the whole article is at each item\'s `api` URL)',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      items: { type: 'array', items: { $ref: '#/components/schemas/Summary' } },
                      nextCursor: { type: ['string', 'null'] },
                      next: { type: ['string', 'null'], format: 'uri' },
                    },
                  },
                },
              },
            },
            400: error,
          },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One article',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: str },
            { name: 'format', in: 'query', schema: { type: 'string', enum: ['dateline', 'ninjs'], default: 'dateline' } },
          ],
          responses: {
            200: { description: 'The article (Dateline JSON, or IPTC ninjs 2.1 with format=ninjs)', content: { 'application/json': { schema: { $ref: '#/components/schemas/StoredArticle' } } } },
            400: error,
            404: error,
          },
        },
      },
      '/api/search': {
        get: {
          summary: 'Ranked full-text search',
          parameters: [
            { name: 'q', in: 'query', required: true, schema: str, description: 'Words (ANDed), "phrases", prefix*; other syntax is searched as text.' },
            ...filterParams,
            { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, maximum: 10000 } },
          ],
          responses: {
            200: {
              description: 'Hits, best first',
              content: { 'application/json': { schema: { type: 'object', properties: { query: str, total: { type: 'integer' }, totalCapped: { type: 'boolean', description: 'More stories match than were counted' }, items: { type: 'array', items: { $ref: '#/components/schemas/Hit' } } } } } },
            },
            400: error,
          },
        },
      },
      '/api/ingest': {
        post: {
          summary: 'Extract and store one page',
          security: [{ bearer: [] }],
          requestBody: {
            content: {
              'application/json': { schema: { type: 'object', properties: { html: str, text: str, url: { type: 'string', format: 'uri' } } } },
              'text/html': { schema: str },
              'text/plain': { schema: str },
            },
          },
          responses: { 200: { description: 'Nothing new stored' }, 201: { description: 'Stored' }, 400: error, 401: error, 403: error, 413: error, 415: error },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: { type: 'object', properties: { error: { type: 'object', properties: { code: str, message: str } } } },
        StoredArticle: {
          type: 'object',
          description: 'The Dateline Article contract plus where it lives on this site.',
          required: ['id', 'permalink'],
          properties: {
            id: str, permalink: { type: 'string', format: 'uri' }, version: { type: 'integer' }, copyOf: { type: ['string', 'null'] },
            url: { type: ['string', 'null'] }, canonicalUrl: { type: ['string', 'null'] }, siteName: { type: ['string', 'null'] },
            section: { type: ['string', 'null'] }, headline: { type: ['string', 'null'] }, description: { type: ['string', 'null'] },
            language: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, updated: { type: ['string', 'null'] },
            dateline: { type: ['object', 'null'], properties: { place: str, agency: { type: ['string', 'null'] } } },
            authors: { type: 'array', items: str }, contributors: { type: 'array', items: str },
            body: { type: 'array', items: { type: 'object' } }, text: str,
            images: { type: 'array', items: { type: 'object' } }, links: { type: 'array', items: { type: 'object' } }, tags: { type: 'array', items: str },
          },
        },
        Summary: {
          type: 'object',
          description: 'What a listing shows of an article: no body, text, links or extraction notes.',
          required: ['id', 'permalink', 'api'],
          properties: {
            id: str, permalink: { type: 'string', format: 'uri' }, api: { type: 'string', format: 'uri' }, version: { type: 'integer' },
            storedAt: str, copyOf: { type: ['string', 'null'] }, url: { type: ['string', 'null'] }, canonicalUrl: { type: ['string', 'null'] },
            siteName: { type: ['string', 'null'] }, section: { type: ['string', 'null'] }, headline: { type: ['string', 'null'] },
            suggestedHeadline: { type: ['object', 'null'], properties: { text: str, generated: { const: true } } },
            description: { type: ['string', 'null'] }, language: { type: ['string', 'null'] }, published: { type: ['string', 'null'] },
            updated: { type: ['string', 'null'] }, authors: { type: 'array', items: str }, tags: { type: 'array', items: str },
            image: { type: ['object', 'null'], properties: { url: { type: ['string', 'null'] }, alt: { type: ['string', 'null'] } } },
          },
        },
        Hit: {
          type: 'object',
          properties: { id: str, permalink: { type: 'string', format: 'uri' }, headline: { type: ['string', 'null'] }, score: { type: 'number' }, snippet: str, snippetHtml: str },
        },
      },
    },
  };
}
