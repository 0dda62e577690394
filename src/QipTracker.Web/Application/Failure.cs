using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Files;

namespace QipTracker.Web.Application;

/// <summary>The answers a request may fail with on purpose, as opposed to a fault.</summary>
public enum Failure
{
    /// <summary>Input the input policy or a validator refused (400).</summary>
    Invalid,
    /// <summary>The caller's role may not do this (403).</summary>
    Refused,
    /// <summary>No such record in the caller's trust (404).</summary>
    NotFound,
    /// <summary>Someone else changed the record since the caller loaded it (409).</summary>
    Conflict,
    /// <summary>The plan's rules do not allow it now (422).</summary>
    AgainstTheRules,
    /// <summary>A part the app depends on could not do its work, e.g. LibreOffice or the file store, or the database is not answering (503).</summary>
    Unavailable,
}

/// <summary>
/// Which <see cref="Failure"/> an exception stands for: one place read by the API's error answers and the request
/// log, so a refusal is never logged as a fault nor answered as a 500. Null: a fault.
/// </summary>
public static class Failures
{
    public static Failure? Of(Exception e) => e switch
    {
        RequestValidationException => Failure.Invalid,
        ForbiddenException => Failure.Refused,
        NotFoundException => Failure.NotFound,
        ConflictException or DbUpdateConcurrencyException => Failure.Conflict,
        DomainException => Failure.AgainstTheRules,
        PdfConversionException or FileStoreUnavailableException => Failure.Unavailable,
        _ when DatabaseOutage.Is(e) => Failure.Unavailable,
        _ => null,
    };
}
