using System.Globalization;
using System.Collections;
using System.Reflection;
using MediatR;
using QipTracker.Infrastructure.Importing;
using QipTracker.Web.Application;

namespace QipTracker.Web.Tests.InputPolicy;

/// <summary>
/// Every request the app has, every string and date in it (nested records and list items included), is covered by
/// the input policy: a request built with a control character in any one string, or a date outside the window in any
/// one date, is refused naming exactly that field. A new request or field cannot skip the policy; the only way out is
/// <see cref="FileContentAttribute"/>, and the list of its uses is pinned here.
/// </summary>
public sealed class InputPolicyCoverageTests
{
    private static readonly Assembly Web = typeof(Program).Assembly;
    private static readonly Application.InputPolicy Policy = new(new ImportLimits());

    private static readonly List<Type> Requests = Web.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)))
        .OrderBy(t => t.Name).ToList();

    [Fact]
    public void A_control_character_in_any_string_of_any_request_is_refused_naming_that_field()
    {
        var uncovered = new List<string>();
        var checkedFields = 0;
        foreach (var type in Requests)
        {
            var fields = new List<(string Path, Type Type)>();
            var clean = Build(type, "", null, fields)!;
            Assert.True(Policy.Check(clean).Count == 0, $"{type.Name} built with ordinary values is refused: {string.Join("; ", Policy.Check(clean))}");
            foreach (var (path, _) in fields.Where(f => f.Type == typeof(string) && !LeftToItsReader(type, f.Path)))
            {
                checkedFields++;
                if (!Policy.Check(Build(type, "", path, [])!).Any(p => p.Field == path)) uncovered.Add($"{type.Name}.{path}");
            }
        }
        Assert.True(checkedFields > 50, $"only {checkedFields} string fields found");
        Assert.True(uncovered.Count == 0, "Strings the input policy does not check: " + string.Join(", ", uncovered));
    }

    [Fact]
    public void A_date_outside_the_window_in_any_date_of_any_request_is_refused_naming_that_field()
    {
        var uncovered = new List<string>();
        foreach (var type in Requests)
        {
            var fields = new List<(string Path, Type Type)>();
            Build(type, "", null, fields);
            foreach (var (path, _) in fields.Where(f => f.Type == typeof(DateOnly)))
                if (!Policy.Check(Build(type, "", path, [])!).Any(p => p.Field == path)) uncovered.Add($"{type.Name}.{path}");
        }
        Assert.True(uncovered.Count == 0, "Dates the input policy does not check: " + string.Join(", ", uncovered));
    }

    [Fact]
    public void Only_the_text_of_an_uploaded_file_is_left_to_its_reader()
    {
        var exempt = Requests.SelectMany(t => t.GetProperties().Where(p => p.IsDefined(typeof(FileContentAttribute))).Select(p => $"{t.Name}.{p.Name}"));

        Assert.Equal(["UploadMeasurements.Csv"], exempt);
    }

    private static bool LeftToItsReader(Type request, string path) =>
        request.GetProperty(path.Split('.', '[')[0])?.IsDefined(typeof(FileContentAttribute)) == true;

    /// <summary>
    /// An instance with ordinary values everywhere (one item in each list), except the field at <paramref name="target"/>:
    /// a string there holds a NUL, a date there is 9999-12-31. Every string and date field built is recorded with its path.
    /// </summary>
    private static object? Build(Type type, string path, string? target, List<(string, Type)> fields)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            fields.Add((path, typeof(string)));
            return path == target ? "bad\0text" : "ok";
        }
        if (underlying == typeof(DateOnly))
        {
            fields.Add((path, typeof(DateOnly)));
            return path == target ? new DateOnly(9999, 12, 31) : new DateOnly(2026, 11, 1);
        }
        // Instants (e.g. a list's modifiedSince) are held to the same window; an ordinary one here, the dates above are the probes.
        if (underlying == typeof(DateTimeOffset)) return new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        if (underlying == typeof(Guid)) return Guid.NewGuid();
        if (underlying.IsEnum) return Enum.GetValues(underlying).GetValue(0);
        if (underlying == typeof(bool)) return false;
        if (underlying.IsPrimitive || underlying == typeof(decimal)) return Convert.ChangeType(1, underlying, CultureInfo.InvariantCulture);
        if (typeof(Stream).IsAssignableFrom(underlying)) return new MemoryStream([1]);
        if (underlying.IsArray || underlying.IsGenericType && typeof(IEnumerable).IsAssignableFrom(underlying))
        {
            var item = underlying.IsArray ? underlying.GetElementType()! : underlying.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item))!;
            list.Add(Build(item, $"{path}[0]", target, fields));
            return underlying.IsArray ? list.GetType().GetMethod("ToArray")!.Invoke(list, null) : list;
        }
        if (underlying.Assembly.GetName().Name?.StartsWith("QipTracker.", StringComparison.Ordinal) != true) return underlying.IsValueType ? Activator.CreateInstance(underlying) : null;

        // The app's records: through their widest constructor, each parameter built as the property it sets.
        var constructor = underlying.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        if (constructor is null) return Activator.CreateInstance(underlying);
        var args = constructor.GetParameters().Select(p =>
        {
            var name = underlying.GetProperty(p.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.Name ?? p.Name!;
            return Build(p.ParameterType, path.Length == 0 ? name : $"{path}.{name}", target, fields);
        }).ToArray();
        return constructor.Invoke(args);
    }
}
