namespace Interregio.Text;

public enum Language
{
    Unknown = 0,
    English,
    Russian,
}

public static class LanguageDetector
{
    /// <summary>
    /// English or Russian by script: a text whose letters are mostly Cyrillic is Russian. Agency pages in either
    /// language carry a few words of the other (tickers, brand names), so a clear majority decides.
    /// </summary>
    public static Language Detect(ReadOnlySpan<char> text)
    {
        int latin = 0, cyrillic = 0;
        foreach (var c in text)
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
                latin++;
            else if (c is >= '\u0400' and <= '\u04FF')
                cyrillic++;
        }
        if (latin == 0 && cyrillic == 0)
            return Language.Unknown;
        return cyrillic > latin ? Language.Russian : Language.English;
    }

    public static string Code(this Language l) => l switch
    {
        Language.English => "en",
        Language.Russian => "ru",
        _ => "und",
    };
}
