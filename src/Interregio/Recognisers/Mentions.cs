using Interregio.Domain;
using Interregio.Gazetteers;
using Interregio.Text;

namespace Interregio.Recognisers;

/// <summary>
/// Something a recogniser found in a sentence: a token range [First, First+Count) and the text span it covers.
/// Fact assemblers combine mentions; a mention alone is never a fact.
/// </summary>
public abstract record Mention(int First, int Count, TextSpan Span)
{
    public int Last => First + Count - 1;

    public int After => First + Count;
}

/// <summary>An amount of money ("$152 million", "152 млн долларов").</summary>
public sealed record MoneyMention(int First, int Count, TextSpan Span, Money Value) : Mention(First, Count, Span)
{
    /// <summary>Set by the qualifier recogniser from the words before (or, rarely, after) the amount.</summary>
    public Qualifier Qualifier { get; set; } = Qualifier.Exact;

    /// <summary>Token where the qualifier phrase starts, or -1; the qualifier belongs to this money.</summary>
    public int QualifierFirst { get; set; } = -1;
}

/// <summary>What a period phrase needs before it is a period of months.</summary>
public enum PeriodAnchor : byte
{
    /// <summary>Absolute: "in 2024", "January-May 2025".</summary>
    Absolute,
    /// <summary>Needs the article's year ("last year", "in January-September", "this year").</summary>
    ReferenceYear,
    /// <summary>Needs the period last spoken of: "over the nine months", "the same period last year".</summary>
    Context,
}

/// <summary>
/// A period phrase. <see cref="Period"/> is set when it could be resolved; <see cref="Months"/> and
/// <see cref="YearOffset"/> describe what a contextual phrase still needs.
/// </summary>
public sealed record PeriodMention(int First, int Count, TextSpan Span) : Mention(First, Count, Span)
{
    public Period? Period { get; set; }
    public PeriodAnchor Anchor { get; init; }

    /// <summary>For "the same period last year": shift the context period by this many years.</summary>
    public int YearOffset { get; init; }

    /// <summary>For "the nine months": the number of months from January the context year.</summary>
    public int Months { get; init; }

    /// <summary>"the same period of 2021": the context's months in this year.</summary>
    public int? SamePeriodYear { get; init; }

    /// <summary>"by 2025", "until 2027": a deadline, never the period of a figure.</summary>
    public bool IsDeadline { get; init; }

    /// <summary>Taken by a growth phrase as its comparison base ("up 10% over 2023").</summary>
    public bool IsComparisonBase { get; set; }

    /// <summary>Claimed by the money it directly follows ("$318 million in 2018").</summary>
    public MoneyMention? BoundTo { get; set; }
}

/// <summary>A stated change: "up 10%", "fell by 5%", "grew 1.5 times", "doubled".</summary>
public sealed record GrowthMention(int First, int Count, TextSpan Span, decimal Percent) : Mention(First, Count, Span)
{
    /// <summary>The period it compares with, when stated ("over 2023").</summary>
    public PeriodMention? Base { get; set; }
}

/// <summary>A region, country or city named in the text.</summary>
public sealed record PlaceMention(int First, int Count, TextSpan Span, Region Region, PlaceKind Kind) : Mention(First, Count, Span)
{
    /// <summary>"Belarus and ...", "Belarusian": the reporter side.</summary>
    public bool IsBelarus => Region.Code.Code == "BY";
}

/// <summary>"the region", "the Russian region", "the oblast": the region the article is about.</summary>
public sealed record RegionAnaphorMention(int First, int Count, TextSpan Span) : Mention(First, Count, Span);

/// <summary>A person with the role the text gives them.</summary>
public sealed record PersonMention(int First, int Count, TextSpan Span, string Name, string? Role) : Mention(First, Count, Span)
{
    /// <summary>The region the role is of ("Governor of Penza Oblast" = RU-PNZ; "President of Belarus" = BY).</summary>
    public Region? RoleRegion { get; init; }
}

/// <summary>A cue word the assemblers look for (flow, target, distractor, meeting ...).</summary>
public sealed record CueMention(int First, int Count, TextSpan Span, Cue Cue) : Mention(First, Count, Span)
{
    public CueCategory Category => Cue.Category;
}
