using Interregio.Pipeline;
using Interregio.Text;

namespace Interregio.Recognisers;

/// <summary>
/// Finds one kind of mention in a sentence. Recognisers run in registration order, so a later one may read the
/// mentions of an earlier one (the qualifier recogniser reads money, growth reads periods).
/// </summary>
public interface IRecogniser
{
    /// <summary>Whether the sentence can contain a match at all; a cheap test that lets the stage skip the scan.</summary>
    bool CanMatch(ReadOnlySpan<char> sentence) => true;

    /// <summary>
    /// Whether the pipeline wants this recogniser's mentions in the sentence, given the mentions earlier recognisers
    /// found there: a recogniser whose mentions only ever qualify another's (a growth qualifies an amount in its own
    /// sentence) says no where there is nothing to qualify, and the mention stage skips it. <see cref="Recognise"/>
    /// itself always recognises, so the recognisers' example tables test it whole.
    /// </summary>
    bool IsWanted(DocumentContext context, Sentence sentence) => true;

    void Recognise(DocumentContext context, Sentence sentence);
}

internal static class TokenText
{
    public static bool Is(this Token t, string text, string word) =>
        t.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Punct or TokenKind.Symbol
        && text.AsSpan(t.Start, t.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    public static bool IsAny(this Token t, string text, params ReadOnlySpan<string> words)
    {
        foreach (var w in words)
        {
            if (t.Is(text, w))
                return true;
        }
        return false;
    }

    public static bool IsYear(this Token t, string text, out int year)
    {
        year = 0;
        return t.Kind == TokenKind.Number && t.Length == 4
            && int.TryParse(text.AsSpan(t.Start, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year)
            && year is >= 1990 and <= 2100;
    }

    public static bool IsClauseBreak(this Token t, string text) =>
        t.Kind == TokenKind.Punct && text[t.Start] is ';' or ':' or '(' or ')' or '!' or '?';
}
