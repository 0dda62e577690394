using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Security;
using Radzen;

namespace QipTracker.Web.Components.Shared;

/// <summary>
/// Base of the plan pages. Each request runs in its own DI scope, as an HTTP request does: a
/// Blazor circuit keeps its scope (and so one DbContext) for as long as the tab is open, where
/// tracked rows would go stale — a reload would still show the old version and every later save
/// would be refused — and two components loading at once would share one context.
/// </summary>
public abstract class QipComponent : ComponentBase
{
    [Inject] private IServiceScopeFactory Scopes { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;
    [Inject] protected NotificationService Notifications { get; set; } = default!;
    [Inject] protected TimeProvider Clock { get; set; } = default!;
    [Inject] private ClientAddress Client { get; set; } = default!;

    /// <summary>The conflict to show: someone else changed what this person was editing.</summary>
    protected string? Conflict { get; set; }

    protected DateOnly Today => Clock.Today();

    protected async Task<T> Send<T>(IRequest<T> request)
    {
        var principal = (await Authentication.GetAuthenticationStateAsync()).User;
        await using var scope = Scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetFrom(principal);
        scope.ServiceProvider.GetRequiredService<ClientAddress>().CopyFrom(Client); // for the security log
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    protected async Task<Guid?> CurrentUserIdAsync() => (await Authentication.GetAuthenticationStateAsync()).User.UserId();

    protected async Task<bool> IsInRoleAsync(params string[] roles)
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        return roles.Any(user.IsInRole);
    }

    /// <summary>
    /// Runs a change. A stale version shows the conflict naming the record and reloads, so the
    /// person sees the other change before trying again; a refused change says why. True if it worked.
    /// </summary>
    /// <param name="what">The record as people know it ("RC-012"); null when the conflict's own message names it.</param>
    protected async Task<bool> Change(string? what, Func<Task> change, Func<Task> reload, string? success = null)
    {
        try
        {
            await change();
            Conflict = null;
            if (success is not null) Notifications.Notify(NotificationSeverity.Success, success);
            await reload();
            return true;
        }
        catch (Exception e) when (e is ConflictException or DbUpdateConcurrencyException)
        {
            await reload();
            Conflict = (what is null && e is ConflictException ? e.Message : $"Someone else changed {what ?? "this record"} since you opened it — reload to see their change.") +
                       " It has been reloaded for you: your change was not saved, so apply it again if it is still needed.";
            // The alert sits at the top of the page; the toast reaches someone working further down.
            Notifications.Notify(new NotificationMessage { Severity = NotificationSeverity.Warning, Summary = "Changed by someone else", Detail = Conflict, Duration = 15000 });
            return false;
        }
        catch (Exception e) when (e is DomainException or ForbiddenException or NotFoundException)
        {
            Notifications.Notify(new NotificationMessage { Severity = NotificationSeverity.Error, Summary = "Not done", Detail = e.Message, Duration = 10000 });
            return false;
        }
        catch (RequestValidationException e)
        {
            Notifications.Notify(new NotificationMessage
            {
                Severity = NotificationSeverity.Error, Summary = "Please check", Duration = 10000,
                Detail = string.Join(" ", e.Errors.SelectMany(x => x.Value)),
            });
            return false;
        }
    }
}
