namespace Interregio.Tests.Corpus;

/// <summary>Wires each English corpus to the runner: one theory per corpus, one row per phrase.</summary>
public sealed class EnglishCorpusTests
{
    public static TheoryData<string, string?, string?> Money => CorpusRunner.Rows(MoneyCorpusEn.Corpus);
    public static TheoryData<string, string?, string?> Qualifier => CorpusRunner.Rows(QualifierCorpusEn.Corpus);
    public static TheoryData<string, string?, string?> Period => CorpusRunner.Rows(PeriodCorpusEn.Corpus);
    public static TheoryData<string, string?, string?> Growth => CorpusRunner.Rows(GrowthCorpusEn.Corpus);
    public static TheoryData<string, string?, string?> Region => CorpusRunner.Rows(RegionCorpusEn.Corpus);
    public static TheoryData<string, string?, string?> Person => CorpusRunner.Rows(PersonCorpusEn.Corpus);
    public static TheoryData<string, string?, string?> Dateline => CorpusRunner.Rows(DatelineCorpusEn.Corpus);
    public static TheoryData<string, string?, string?> Sentence => CorpusRunner.Rows(SentenceCorpusEn.Corpus);
    public static TheoryData<string, string?, string?> Cleaning => CorpusRunner.Rows(CleaningCorpusEn.Corpus);

    [Theory, MemberData(nameof(Money))]
    public void Money_en(string phrase, string? expected, string? warning) => CorpusRunner.Check(MoneyCorpusEn.Corpus, phrase, expected, warning);

    [Theory, MemberData(nameof(Qualifier))]
    public void Qualifier_en(string phrase, string? expected, string? warning) => CorpusRunner.Check(QualifierCorpusEn.Corpus, phrase, expected, warning);

    [Theory, MemberData(nameof(Period))]
    public void Period_en(string phrase, string? expected, string? warning) => CorpusRunner.Check(PeriodCorpusEn.Corpus, phrase, expected, warning);

    [Theory, MemberData(nameof(Growth))]
    public void Growth_en(string phrase, string? expected, string? warning) => CorpusRunner.Check(GrowthCorpusEn.Corpus, phrase, expected, warning);

    [Theory, MemberData(nameof(Region))]
    public void Region_en(string phrase, string? expected, string? warning) => CorpusRunner.Check(RegionCorpusEn.Corpus, phrase, expected, warning);

    [Theory, MemberData(nameof(Person))]
    public void Person_en(string phrase, string? expected, string? warning) => CorpusRunner.Check(PersonCorpusEn.Corpus, phrase, expected, warning);

    [Theory, MemberData(nameof(Dateline))]
    public void Dateline_en(string phrase, string? expected, string? warning) => CorpusRunner.Check(DatelineCorpusEn.Corpus, phrase, expected, warning);

    [Theory, MemberData(nameof(Sentence))]
    public void Sentence_en(string phrase, string? expected, string? warning) => CorpusRunner.Check(SentenceCorpusEn.Corpus, phrase, expected, warning);

    [Theory, MemberData(nameof(Cleaning))]
    public void Cleaning_en(string phrase, string? expected, string? warning) => CorpusRunner.Check(CleaningCorpusEn.Corpus, phrase, expected, warning);
}
