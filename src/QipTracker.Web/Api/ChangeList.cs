using System.Buffers.Text;
using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Api;

/// <summary>
/// A list the API serves for a BI team's pulls: rows in the order they last changed (<see cref="ChangeStamp"/>, the id
/// breaking ties), a page at a time by cursor, optionally only those changed after <see cref="ModifiedSince"/>. A row
/// changed while a client pages moves to the end and is read again there, so paging to the end misses nothing.
/// </summary>
public interface IChangeList
{
    /// <summary>Only rows changed strictly after this instant (the previous pull's <see cref="ListPage{T}.ChangedUpTo"/>).</summary>
    DateTimeOffset? ModifiedSince { get; }

    /// <summary>The previous page's <see cref="ListPage{T}.NextCursor"/>; none for the first page.</summary>
    string? Cursor { get; }

    /// <summary>Rows per page, 1 to <see cref="ChangeLists.MaxPageSize"/>; <see cref="ChangeLists.DefaultPageSize"/> when not given.</summary>
    int? PageSize { get; }
}

/// <summary>One page of a <see cref="IChangeList"/>.</summary>
/// <param name="NextCursor">Pass as <c>cursor</c> for the next page; null on the last page.</param>
/// <param name="Next">The next page's address (this query with that cursor); null on the last page.</param>
/// <param name="ChangedUpTo">The newest change on this page: on the last page, the <c>modifiedSince</c> for the next incremental pull.</param>
public sealed record ListPage<T>(IReadOnlyList<T> Items, string? NextCursor, DateTimeOffset? ChangedUpTo, string? Next = null);

/// <summary>A row of a change list: its stamp and id place it in the list and make the cursor.</summary>
public interface IChangeListItem
{
    Guid Id { get; }
    DateTimeOffset ChangedAt { get; }
}

/// <summary>Where a page ends: the last row's stamp and id. Opaque to clients (base64url).</summary>
public sealed record ListCursor(DateTimeOffset ChangedAt, Guid Id)
{
    public string Encode() => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(
        string.Create(CultureInfo.InvariantCulture, $"{ChangedAt.UtcTicks}.{Id:N}")));

    public static ListCursor? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        try
        {
            var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(text)).Split('.');
            return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                   && ticks <= DateTimeOffset.MaxValue.UtcTicks && Guid.TryParseExact(parts[1], "N", out var id)
                ? new ListCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

public static class ChangeLists
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;

    public static int Size(this IChangeList list) => list.PageSize ?? DefaultPageSize;

    /// <summary>The paging rules every change list's validator includes.</summary>
    public static void ChangeListRules<T>(this AbstractValidator<T> v) where T : IChangeList
    {
        v.RuleFor(r => r.PageSize).InclusiveBetween(1, MaxPageSize).When(r => r.PageSize is not null)
            .WithMessage($"pageSize must be between 1 and {MaxPageSize}.");
        v.RuleFor(r => r.Cursor).Must(c => ListCursor.Parse(c) is not null).When(r => !string.IsNullOrEmpty(r.Cursor))
            .WithMessage("cursor is not one this API gave: pass the nextCursor of the previous page as it came.");
    }

    /// <summary>
    /// The window of rows this request asks for, in change order, one row more than a page (so the handler knows
    /// whether another follows): changed after modifiedSince, after the cursor. Runs in SQL; apply it after the
    /// list's filters and before the projection. <paramref name="stamped"/> picks the stamped entity out of the row.
    /// </summary>
    public static IQueryable<TRow> Window<TRow>(this IQueryable<TRow> query, IChangeList list, Expression<Func<TRow, Entity>> stamped)
    {
        var row = stamped.Parameters[0];
        var stamp = Expression.Call(typeof(EF), nameof(EF.Property), [typeof(DateTimeOffset)], stamped.Body, Expression.Constant(ChangeStamp.Property));
        var id = Expression.Property(stamped.Body, nameof(Entity.Id));
        if (list.ModifiedSince is { } since)
            query = query.Where(Expression.Lambda<Func<TRow, bool>>(Expression.GreaterThan(stamp, Parameter(ChangeStamp.Truncate(since))), row));
        if (ListCursor.Parse(list.Cursor) is { } cursor)
        {
            var at = Parameter(cursor.ChangedAt);
            var idAfter = Expression.GreaterThan(Expression.Call(id, nameof(Guid.CompareTo), null, Parameter(cursor.Id)), Expression.Constant(0));
            query = query.Where(Expression.Lambda<Func<TRow, bool>>(
                Expression.OrElse(Expression.GreaterThan(stamp, at), Expression.AndAlso(Expression.Equal(stamp, at), idAfter)), row));
        }
        return query.OrderBy(Expression.Lambda<Func<TRow, DateTimeOffset>>(stamp, row))
            .ThenBy(Expression.Lambda<Func<TRow, Guid>>(id, row))
            .Take(list.Size() + 1);
    }

    // A captured value, as a closure would hold it: EF sends it as a SQL parameter, so one plan serves every cursor.
    private static MemberExpression Parameter<T>(T value) => Expression.Property(Expression.Constant(new Box<T>(value)), nameof(Box<T>.Value));

    private sealed record Box<T>(T Value);

    /// <summary>The page from the window's rows: at most a page of them, and the cursor when more follow.</summary>
    public static ListPage<T> Page<T>(this IReadOnlyList<T> rows, IChangeList list) where T : IChangeListItem
    {
        var page = rows.Take(list.Size()).ToList();
        var more = rows.Count > page.Count;
        return new ListPage<T>(page,
            more ? new ListCursor(page[^1].ChangedAt, page[^1].Id).Encode() : null,
            page.Count == 0 ? null : page.Max(r => r.ChangedAt));
    }
}
