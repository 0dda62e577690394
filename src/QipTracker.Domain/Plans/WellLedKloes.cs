namespace QipTracker.Domain.Plans;

/// <summary>A CQC key line of enquiry (e.g. W4) and its numbered prompts (W4.1 …).</summary>
public sealed record Kloe(string Code, string Title, IReadOnlyList<Prompt> Prompts);

public sealed record Prompt(string Code, string Text);

/// <summary>
/// Reference data: the eight Well-led KLOEs that structure a Well-led improvement plan, with
/// their prompts paraphrased from CQC's assessment framework.
/// </summary>
public static class WellLedKloes
{
    public static IReadOnlyList<Kloe> All { get; } =
    [
        K("W1", "Leadership capacity and capability",
            "Leaders have the experience, capacity, capability and integrity to deliver the strategy and address risks",
            "Leaders understand the challenges to quality and sustainability and identify the actions to address them",
            "Leaders are visible and approachable",
            "There are compassionate, inclusive and effective leaders at all levels, and leadership development and succession planning"),
        K("W2", "Vision and strategy",
            "There is a clear statement of vision and values, driven by quality and sustainability",
            "There is a robust, realistic strategy for achieving the priorities and delivering good quality care",
            "Staff know and understand the vision, values and strategy and their role in achieving them",
            "Progress against delivery of the strategy is monitored and reviewed"),
        K("W3", "Culture",
            "Leaders model and encourage compassionate, inclusive and supportive relationships among staff",
            "Staff feel supported, respected and valued, and positive about working in the organisation",
            "Candour, openness, honesty and transparency are encouraged, and staff can raise concerns without fear",
            "Equality and diversity are promoted, and the causes of workforce inequality are identified and addressed",
            "Behaviour and performance inconsistent with the vision and values are acted on"),
        K("W4", "Governance and management",
            "Structures, processes and systems of accountability are clearly set out, understood and effective",
            "The board and other levels of governance function effectively and interact with each other appropriately",
            "Staff at all levels are clear about their roles and accountabilities",
            "Arrangements with partners and third-party providers are governed and managed effectively"),
        K("W5", "Risks, issues and performance",
            "There is an effective process to identify, understand, monitor and address current and future risks",
            "Performance issues are escalated to the appropriate committees and the board through clear structures",
            "Clinical and internal audit processes function well and have a positive impact on quality",
            "The financial pressures are managed so that they do not compromise the quality of care"),
        K("W6", "Information",
            "Quality and sustainability both receive sufficient coverage in relevant meetings at all levels",
            "Performance information is used to hold management and staff to account",
            "Information used in reporting, performance management and delivering quality care is accurate, valid, reliable, timely and relevant",
            "Data or notifications are consistently submitted to external organisations as required"),
        K("W7", "Engagement",
            "People's views and experiences are gathered and acted on to shape and improve services and culture",
            "The service is transparent, collaborative and open with all relevant stakeholders about performance",
            "Staff are actively engaged so that their views are reflected in the planning and delivery of services",
            "The service works with partners to improve care outcomes and services for the local population"),
        K("W8", "Learning, continuous improvement and innovation",
            "There is a strong focus on continuous learning and improvement at all levels of the organisation",
            "Staff are encouraged to use information and regularly take time out to review individual and team objectives",
            "There is knowledge of improvement methods and the skills to use them at all levels of the organisation",
            "Learning from internal and external reviews is effective, including from deaths, incidents and complaints"),
    ];

    /// <summary>The key line of enquiry as CQC asks it, e.g. "W1: Is there the leadership capacity … ?", as boards head the Well-led plan.</summary>
    public static string Question(string code) => code.ToUpperInvariant() switch
    {
        "W1" => "Is there the leadership capacity and capability to deliver high-quality, sustainable care?",
        "W2" => "Is there a clear vision and credible strategy to deliver high-quality, sustainable care to people, and robust plans to deliver?",
        "W3" => "Is there a culture of high-quality, sustainable care?",
        "W4" => "Are there clear responsibilities, roles and systems of accountability to support good governance and management?",
        "W5" => "Are there clear and effective processes for managing risks, issues and performance?",
        "W6" => "Is appropriate and accurate information being effectively processed, challenged and acted on?",
        "W7" => "Are the people who use services, the public, staff and external partners engaged and involved to support high-quality, sustainable services?",
        "W8" => "Are there robust systems and processes for learning, continuous improvement and innovation?",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not a Well-led KLOE (W1–W8)."),
    };

    public static bool IsKloe(string? code) => code is not null && All.Any(k => k.Code.Equals(code, StringComparison.OrdinalIgnoreCase));

    public static bool IsPrompt(string? code) =>
        code is not null && All.SelectMany(k => k.Prompts).Any(p => p.Code.Equals(code, StringComparison.OrdinalIgnoreCase));

    private static Kloe K(string code, string title, params string[] prompts) =>
        new(code, title, prompts.Select((text, i) => new Prompt($"{code}.{i + 1}", text)).ToList());
}
