using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using QipTracker.Web.Security;

namespace QipTracker.Web.Hosting;

/// <summary>
/// ASP.NET Core's rate limiter in front of what can be guessed at or flooded: sign-in (and its second factor),
/// password reset, invitation acceptance and the API. Each budget is a fixed window per key (see
/// <see cref="RateLimitPartitions"/>); a request over any of its budgets gets 429, a <c>Retry-After</c> in seconds
/// and one sentence saying when to try again. Counts live in each node's memory: with N nodes behind a load balancer
/// a key may get up to N times its budget, which still stops guessing at scale.
/// </summary>
public static class RateLimitSetup
{
    public static IServiceCollection AddQipRateLimits(this IServiceCollection services, IConfiguration config)
    {
        var budgets = RateLimitOptions.From(config);
        services.AddSingleton(budgets);
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = RateLimitPartitions.Create(budgets);
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, ct) => RejectAsync(context.HttpContext, context.Lease, budgets, ct);
        });
        return services;
    }

    /// <summary>The limiter, with the form fields it keys on read first (the endpoint reads the same buffered form).</summary>
    public static void UseQipRateLimits(this IApplicationBuilder app)
    {
        app.Use(async (http, next) =>
        {
            if (RateLimitPartitions.KeysOnForm(http.Request) && http.Request.HasFormContentType)
            {
                try
                {
                    await http.Request.ReadFormAsync(http.RequestAborted);
                }
                catch (InvalidDataException)
                {
                    // A malformed form: keyed by address alone here, and refused by the endpoint as usual.
                }
            }
            await next(http);
        });
        app.UseRateLimiter();
    }

    private static async ValueTask RejectAsync(HttpContext http, RateLimitLease lease, RateLimitOptions budgets, CancellationToken ct)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : RateLimitPartitions.WindowOf(http.Request, budgets);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "no-store";
        var sentence = $"{RateLimitPartitions.WhatWasLimited(http.Request)} Try again in {Describe(seconds)}.";
        if (ApiSurface.AnswersWithStatusCodes(http.Request.Path))
            await http.Response.WriteAsJsonAsync(new { title = "Too many requests", status = StatusCodes.Status429TooManyRequests, detail = sentence },
                (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ct);
        else
        {
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(sentence, ct);
        }
    }

    private static string Describe(int seconds) => seconds switch
    {
        1 => "1 second",
        < 90 => $"{seconds} seconds",
        _ => $"{(seconds + 59) / 60} minutes",
    };
}
