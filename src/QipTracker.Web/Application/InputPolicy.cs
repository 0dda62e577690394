using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using QipTracker.Domain.Common;
using QipTracker.Infrastructure.Importing;

namespace QipTracker.Web.Application;

/// <summary>
/// The one input policy at the boundary. <see cref="ValidationBehaviour{TRequest,TResponse}"/> applies it to every
/// request, from a page, the API, a job or a verb, before the request's own validators. It walks every property of
/// the request, into nested records and list items, and refuses:
/// <list type="bullet">
/// <item>text holding characters no text may hold (<see cref="InputText"/>), and in a <see cref="FileNameAttribute"/>
/// the bidirectional controls as well;</item>
/// <item>patient-identifiable text (<see cref="PatientData"/>: an NHS number, a date of birth) in every text field, file
/// names, references and codes included — a person typed each and each is shown on pages and papers; a reference of ten
/// bare digits passing Modulus 11 is far likelier an NHS number than a plan reference, and a trust's own such reference
/// can carry a prefix ("DATIX-…"). Only secrets and machine keys marked <see cref="NotFreeTextAttribute"/> are skipped;</item>
/// <item>text longer than <see cref="InputLimits.Document"/> (validators give each field the shorter limit of its kind);</item>
/// <item>a list longer than <see cref="InputLimits.ListItems"/> (or <see cref="ImportLimits.MaxRows"/> for <see cref="ImportRowsAttribute"/>);</item>
/// <item>a date outside <see cref="InputLimits.EarliestDate"/> to <see cref="InputLimits.LatestDate"/>.</item>
/// </list>
/// A new field cannot skip it: only <see cref="FileContentAttribute"/> opts out, for a file whose reader applies
/// the same policy row by row. Each problem is keyed by the field's path as FluentValidation names it
/// ("Fields.Name", "Items[2].Narrative") and its message names the field.
/// </summary>
public sealed class InputPolicy(ImportLimits limits)
{
    // Requests are flat records; the bound only guards against a type that refers to itself.
    private const int MaxDepth = 8;

    private static readonly ConcurrentDictionary<Type, Member[]> MembersByType = new();

    public IReadOnlyList<(string Field, string Message)> Check(object request)
    {
        var problems = new List<(string, string)>();
        Walk(request, "", problems, 0);
        return problems;
    }

    private void Walk(object value, string path, List<(string, string)> problems, int depth)
    {
        if (depth > MaxDepth) return;
        foreach (var member in MembersOf(value.GetType()))
        {
            if (member.FileContent) continue;
            Check(member.Get(value), Join(path, member.Name), member, problems, depth);
        }
    }

    private void Check(object? value, string field, Member member, List<(string, string)> problems, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                var problem = member.FileName ? InputText.FileNameProblem(text) ?? PatientData.Problem(text)
                    : member.NotFreeText ? InputText.Problem(text)
                    : InputText.FreeTextProblem(text);
                if (problem is not null) problems.Add((field, $"{field} {problem}"));
                else if (text.Length > InputLimits.Document)
                    problems.Add((field, $"{field} is {N(text.Length)} characters long; at most {N(InputLimits.Document)} are accepted."));
                return;
            case DateOnly date:
                CheckDate(date, field, problems);
                return;
            case DateTime time:
                CheckDate(DateOnly.FromDateTime(time), field, problems);
                return;
            case DateTimeOffset instant:
                CheckDate(DateOnly.FromDateTime(instant.UtcDateTime), field, problems);
                return;
            case IEnumerable items:
                var max = member.ImportRows ? limits.MaxRows : InputLimits.ListItems;
                var index = 0;
                foreach (var item in items)
                {
                    if (index == max)
                    {
                        problems.Add((field, member.ImportRows
                            ? $"{field} holds more than {N(max)} rows; send at most {N(max)} at a time ({ImportLimits.Key(nameof(ImportLimits.MaxRows))})."
                            : $"{field} holds more than {N(max)} items; at most {N(max)} are accepted."));
                        return;
                    }
                    Check(item, $"{field}[{index}]", member, problems, depth + 1);
                    index++;
                }
                return;
            default:
                if (IsOurs(value.GetType())) Walk(value, field, problems, depth + 1);
                return;
        }
    }

    private static void CheckDate(DateOnly date, string field, List<(string, string)> problems)
    {
        if (!InputLimits.IsPlausible(date))
            problems.Add((field, $"{field} is {date:yyyy-MM-dd}, outside the dates this app accepts " +
                                 $"({InputLimits.EarliestDate:yyyy-MM-dd} to {InputLimits.LatestDate:yyyy-MM-dd})."));
    }

    /// <summary>The app's own records (requests, their parts, the domain's value records) are walked; framework types are not.</summary>
    private static bool IsOurs(Type type) =>
        !type.IsPrimitive && !type.IsEnum && type.Assembly.GetName().Name?.StartsWith("QipTracker.", StringComparison.Ordinal) == true;

    private static Member[] MembersOf(Type type) => MembersByType.GetOrAdd(type, t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && !typeof(Stream).IsAssignableFrom(p.PropertyType) && Walkable(p.PropertyType))
        .Select(p => new Member(p.Name, p.GetValue, p.IsDefined(typeof(FileNameAttribute)), p.IsDefined(typeof(FileContentAttribute)),
            p.IsDefined(typeof(ImportRowsAttribute)), p.IsDefined(typeof(NotFreeTextAttribute))))
        .ToArray());

    // Numbers, ids, flags and enums hold nothing the policy checks; skipping them up front keeps the walk cheap.
    private static bool Walkable(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset)) return true;
        return !(t.IsPrimitive || t.IsEnum || t == typeof(decimal) || t == typeof(Guid) || t == typeof(TimeSpan) || t == typeof(TimeOnly));
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private sealed record Member(string Name, Func<object?, object?> Get, bool FileName, bool FileContent, bool ImportRows, bool NotFreeText);
}
