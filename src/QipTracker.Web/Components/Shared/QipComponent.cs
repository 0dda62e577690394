using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Files;
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

    /// <summary>
    /// Whether the pipeline would let this person send a <typeparamref name="TRequest"/>: the very check it enforces
    /// (<see cref="RequestAccess"/>), for a page whose query is a plain list. A page never checks roles itself; what
    /// depends on the record (its owner, its chair, its state) comes with the query that feeds the page.
    /// </summary>
    protected async Task<bool> MaySendAsync<TRequest>()
    {
        var principal = (await Authentication.GetAuthenticationStateAsync()).User;
        var user = new CurrentUser();
        user.SetFrom(principal);
        return user.MaySend<TRequest>();
    }

    /// <summary>
    /// Runs a change. A stale version shows the conflict naming the record and reloads, so the
    /// person sees the other change before trying again; a refused change says why. True if it worked.
    /// </summary>
    /// <param name="what">The record as people know it ("RC-012"); null when the conflict's own message names it.</param>
    /// <param name="afterConflict">Said after the conflict; a page that keeps the person's typing over the reload says so in its own message.</param>
    protected async Task<bool> Change(string? what, Func<Task> change, Func<Task> reload, string? success = null,
        string afterConflict = " Your change was not saved, so apply it again if it is still needed.")
    {
        // One change at a time per component: a double click's second click, arriving while the first is saving, sends nothing.
        if (_changing) return false;
        _changing = true;
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
            Conflict = (what is null && e is ConflictException ? e.Message : $"Someone else changed {what ?? "this record"} since you opened it; the page now shows their change.") +
                       afterConflict;
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
                Detail = string.Join(" ", FieldWords.ForPeople(e)),
            });
            return false;
        }
        catch (PdfConversionException e)
        {
            Notifications.Notify(new NotificationMessage
            {
                Severity = NotificationSeverity.Error, Summary = "The PDF could not be made", Duration = 20000,
                Detail = $"{e.Message} Nothing was saved. Try again; if it keeps failing, ask your administrator to check LibreOffice on the server.",
            });
            return false;
        }
        catch (FileStoreUnavailableException e)
        {
            Notifications.Notify(new NotificationMessage { Severity = NotificationSeverity.Error, Summary = "The file store is unavailable", Detail = e.Message, Duration = 20000 });
            return false;
        }
        catch (Exception e) when (DatabaseOutage.Is(e))
        {
            Notifications.Notify(new NotificationMessage
            {
                Severity = NotificationSeverity.Error, Summary = "The database did not answer", Detail = DatabaseOutage.SentenceFor(e), Duration = 20000,
            });
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault, not a refusal: the pipeline has logged it with its exception. The page stays usable.
            Notifications.Notify(new NotificationMessage
            {
                Severity = NotificationSeverity.Error, Summary = "Something went wrong", Duration = 20000,
                Detail = "Your change was not saved. It has been recorded; try again, and tell your administrator if it keeps happening.",
            });
            return false;
        }
        finally { _changing = false; }
    }

    private bool _changing;
}
