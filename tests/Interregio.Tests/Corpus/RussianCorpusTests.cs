namespace Interregio.Tests.Corpus;

/// <summary>
/// Wires each Russian recogniser corpus to the runner, as <see cref="EnglishCorpusTests"/> does the English ones:
/// one theory per corpus, one row per phrase. The Russian fact-type corpora (enterprise, product, outlets, proposal,
/// sector) run in <see cref="FactTypeCorpusTests"/>.
/// </summary>
public sealed class RussianCorpusTests
{
    public static TheoryData<string, string?, string?> Money => CorpusRunner.Rows(MoneyCorpusRu.Corpus);
    public static TheoryData<string, string?, string?> Qualifier => CorpusRunner.Rows(QualifierCorpusRu.Corpus);
    public static TheoryData<string, string?, string?> Period => CorpusRunner.Rows(PeriodCorpusRu.Corpus);
    public static TheoryData<string, string?, string?> Deadline => CorpusRunner.Rows(PeriodCorpusRu.Deadlines);
    public static TheoryData<string, string?, string?> Growth => CorpusRunner.Rows(GrowthCorpusRu.Corpus);
    public static TheoryData<string, string?, string?> Region => CorpusRunner.Rows(RegionCorpusRu.Corpus);
    public static TheoryData<string, string?, string?> Person => CorpusRunner.Rows(PersonCorpusRu.Corpus);
    public static TheoryData<string, string?, string?> Dateline => CorpusRunner.Rows(DatelineCorpusRu.Corpus);

    [Theory, MemberData(nameof(Money))]
    public void Money_ru(string phrase, string? expected, string? warning) => CorpusRunner.Check(MoneyCorpusRu.Corpus, phrase, expected, warning);

    [Theory, MemberData(nameof(Qualifier))]
    public void Qualifier_ru(string phrase, string? expected, string? warning) => CorpusRunner.Check(QualifierCorpusRu.Corpus, phrase, expected, warning);

    [Theory, MemberData(nameof(Period))]
    public void Period_ru(string phrase, string? expected, string? warning) => CorpusRunner.Check(PeriodCorpusRu.Corpus, phrase, expected, warning);

    [Theory, MemberData(nameof(Deadline))]
    public void Deadline_ru(string phrase, string? expected, string? warning) => CorpusRunner.Check(PeriodCorpusRu.Deadlines, phrase, expected, warning);

    [Theory, MemberData(nameof(Growth))]
    public void Growth_ru(string phrase, string? expected, string? warning) => CorpusRunner.Check(GrowthCorpusRu.Corpus, phrase, expected, warning);

    [Theory, MemberData(nameof(Region))]
    public void Region_ru(string phrase, string? expected, string? warning) => CorpusRunner.Check(RegionCorpusRu.Corpus, phrase, expected, warning);

    [Theory, MemberData(nameof(Person))]
    public void Person_ru(string phrase, string? expected, string? warning) => CorpusRunner.Check(PersonCorpusRu.Corpus, phrase, expected, warning);

    [Theory, MemberData(nameof(Dateline))]
    public void Dateline_ru(string phrase, string? expected, string? warning) => CorpusRunner.Check(DatelineCorpusRu.Corpus, phrase, expected, warning);
}
