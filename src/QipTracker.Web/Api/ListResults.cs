using System.Security.Cryptography;
using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace QipTracker.Web.Api;

/// <summary>
/// Answers a change list over HTTP: the page with its next page's address, a weak ETag, and 304 Not Modified when the
/// client's If-None-Match still holds. The ETag is a hash of the page exactly as sent, so it changes whenever any row
/// of the result, a derived flag (overdue, RAG: they move with the date) or the page's extent changes.
/// </summary>
public static class ListResults
{
    /// <summary>GET <paramref name="pattern"/>: the query string binds to <typeparamref name="TRequest"/>, answered by <see cref="SendAsync{T}"/>.</summary>
    public static RouteHandlerBuilder MapChangeList<TRequest, TItem>(this IEndpointRouteBuilder api, string pattern)
        where TRequest : IRequest<ListPage<TItem>>, IChangeList =>
        api.MapGet(pattern, ([AsParameters] TRequest request, HttpContext http, IMediator m, CancellationToken ct) => SendAsync(http, m, request, ct))
            .Produces<ListPage<TItem>>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem();

    public static async Task<IResult> SendAsync<T>(HttpContext http, IMediator mediator, IRequest<ListPage<T>> request, CancellationToken ct)
    {
        var page = await mediator.Send(request, ct);
        if (page.NextCursor is { } cursor) page = page with { Next = NextAddress(http.Request, cursor) };
        var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(page, json);
        var etag = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16))}\"";

        http.Response.Headers.ETag = etag;
        // Private (it is this trust's data) and revalidated on each use, which is what the ETag is for.
        http.Response.Headers.CacheControl = "private, no-cache";
        return Matches(http.Request, etag) ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(body, "application/json");
    }

    /// <summary>This request's address with the cursor of the next page in place of its own.</summary>
    private static string NextAddress(HttpRequest request, string cursor)
    {
        var query = new QueryBuilder(request.Query.Where(q => !q.Key.Equals("cursor", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))))
        {
            { "cursor", cursor },
        };
        return $"{request.PathBase}{request.Path}{query}";
    }

    // Weak comparison (RFC 9110): the W/ prefix is ignored on either side; "*" matches any.
    private static bool Matches(HttpRequest request, string etag)
    {
        var ours = EntityTagHeaderValue.Parse(etag);
        return EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var theirs)
               && theirs.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }
}
