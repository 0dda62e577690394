using System.Security.Claims;
using Bunit;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using QipTracker.Infrastructure.Files;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Security;
using Radzen;

namespace QipTracker.Web.Tests.Components;

/// <summary>
/// A bUnit context for QipTracker's components: Radzen's services, a signed-in person, a fixed clock, and a
/// mediator that answers from <see cref="Answers"/> and keeps what it was sent. The components' logic (what they show
/// from the flags they are given, what they send) is tested here; the queries behind the flags have their own tests.
/// </summary>
public abstract class ComponentContext : BunitContext
{
    protected static readonly DateOnly Today = new(2026, 3, 10);

    protected RecordingMediator Mediator { get; } = new();

    protected ComponentContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddRadzenComponents();
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(Today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero)));
        Services.AddSingleton<IMediator>(Mediator);
        Services.AddScoped<CurrentUser>();
        Services.AddSingleton<IHttpContextAccessor>(new HttpContextAccessor());
        Services.AddScoped<ClientAddress>();
        Services.AddSingleton(new EvidenceFileOptions(Path.GetTempPath(), 1024 * 1024));
        var auth = AddAuthorization();
        auth.SetAuthorized("Owner");
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()));
    }
}

/// <summary>Answers each request type with what a test gave it, and records every request sent.</summary>
public sealed class RecordingMediator : IMediator
{
    private readonly Dictionary<Type, Func<object, object>> _answers = [];

    public List<object> Sent { get; } = [];

    public RecordingMediator Answer<TRequest, TResponse>(Func<TRequest, TResponse> answer) where TRequest : IRequest<TResponse>
    {
        _answers[typeof(TRequest)] = r => answer((TRequest)r)!;
        return this;
    }

    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        Sent.Add(request);
        return _answers.TryGetValue(request.GetType(), out var answer)
            ? Task.FromResult((TResponse)answer(request))
            : throw new InvalidOperationException($"No answer given for {request.GetType().Name}");
    }

    public Task Send(IRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default) where TNotification : INotification =>
        Task.CompletedTask;
}
