namespace QipTracker.Infrastructure.Demo.Text;

/// <summary>
/// A root-cause statement ({place} = ward or department) with the actions that fix it, so a root
/// cause's actions always answer that root cause.
/// </summary>
internal sealed record CauseText(string Text, string[] Actions)
{
    public static CauseText C(string text, params string[] actions) => new(text, actions);
}
