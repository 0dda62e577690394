using Radzen;

namespace QipTracker.Web.Components.Shared;

/// <summary>
/// A Radzen grid inside <c>&lt;div class="qip-stack-grid"&gt;</c> becomes one card per row below 700 px (app.css), so a
/// phone reads every column without scrolling sideways. Passed as the grid's <c>CellRender</c>, this names each cell's
/// column for its card line; a column without a title (a button, a tick box) gets no label.
/// </summary>
public static class StackedGrid
{
    public static void Label<TItem>(DataGridCellRenderEventArgs<TItem> args) where TItem : notnull
    {
        if (args.Column?.Title is { Length: > 0 } title) args.Attributes["data-label"] = title;
    }
}
