using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Trusts;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests;

/// <summary>Every request leaves one log line, refused and failed ones included, with the exception when it is a fault.</summary>
[Collection(OnSqlite.Name)]
public sealed class LoggingBehaviourTests(SqliteApp app)
{
    private sealed record Logged(LogLevel Level, string Message, Exception? Exception);

    private sealed class Captured : ILogger<LoggingBehaviour<GetCurrentTrust, TrustDto>>
    {
        public List<Logged> Lines { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(new Logged(logLevel, formatter(state, exception), exception));
    }

    private static async Task<Captured> Run(Func<Task<TrustDto>> next)
    {
        var log = new Captured();
        var user = new CurrentUser();
        var behaviour = new LoggingBehaviour<GetCurrentTrust, TrustDto>(log, user);
        await Assert.ThrowsAnyAsync<Exception>(() => behaviour.Handle(new GetCurrentTrust(), CancellationToken.None, () => next()));
        return log;
    }

    [Fact]
    public void Logging_is_the_outermost_step_so_refusals_are_logged()
    {
        using var scope = app.Services.CreateScope();
        var steps = scope.ServiceProvider.GetServices<IPipelineBehavior<GetCurrentTrust, TrustDto>>().ToList();
        Assert.IsType<LoggingBehaviour<GetCurrentTrust, TrustDto>>(steps[0]);
        Assert.Contains(steps, s => s is AuthorisationBehaviour<GetCurrentTrust, TrustDto>);
    }

    [Fact]
    public async Task A_refused_request_is_a_warning_that_says_refused_and_why()
    {
        var log = await Run(() => throw new ForbiddenException("Only the PMO may do this."));
        var line = Assert.Single(log.Lines);
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Contains("GetCurrentTrust", line.Message);
        Assert.Contains("was refused", line.Message);
        Assert.Contains("Only the PMO may do this.", line.Message);
        Assert.Null(line.Exception);
    }

    [Fact]
    public async Task A_change_the_plans_rules_refuse_is_a_warning_not_a_fault()
    {
        var log = await Run(() => throw new QipTracker.Domain.Common.DomainException("Only a Completed root cause can be assured."));
        var line = Assert.Single(log.Lines);
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Contains("against the plan's rules", line.Message);
        Assert.Null(line.Exception);
    }

    [Fact]
    public async Task A_fault_is_an_error_that_carries_the_exception()
    {
        var fault = new InvalidOperationException("the converter crashed");
        var log = await Run(() => throw fault);
        var line = Assert.Single(log.Lines);
        Assert.Equal(LogLevel.Error, line.Level);
        Assert.Same(fault, line.Exception);
    }
}
