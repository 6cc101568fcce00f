using System.Globalization;

namespace VicidialLeads.TestServer.Api;

/// <summary>The input clean-ups non_agent_api.php applies (its preg_replace calls), and PHP's loose comparison.</summary>
internal static class VicidialText
{
    /// <summary>user, pass, function and option values keep letters, digits, '-' and '_' (capture 13e strips '#' and '!').</summary>
    public static string Identifier(string value) => Keep(value, static c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>source keeps letters and digits only (capture 20b: 'my-app' becomes 'myapp').</summary>
    public static string LettersAndDigits(string value) => Keep(value, char.IsAsciiLetterOrDigit);

    /// <summary>phone_number keeps digits and commas (captures 21, 22, 28d).</summary>
    public static string DigitsAndCommas(string value) => Keep(value, static c => char.IsAsciiDigit(c) || c == ',');

    /// <summary>records and list_id keep digits (capture 07d: 'abc' becomes empty).</summary>
    public static string Digits(string value) => Keep(value, char.IsAsciiDigit);

    /// <summary>Free text keeps everything but quotes, backslashes and semicolons, which would break the SQL.</summary>
    public static string SqlSafe(string value) => Keep(value, static c => c is not ('\'' or '"' or '\\' or ';'));

    /// <summary>The digits of a phone number as PHP compares numeric strings: by value, so leading zeros do not count.</summary>
    public static bool TryGetPhoneValue(string digits, out long value)
    {
        value = 0;
        return digits.Length is > 0 and <= 18
            && digits.All(char.IsAsciiDigit)
            && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>PHP 8's <c>==</c> on two strings: by number when both are numeric strings, otherwise byte for byte.</summary>
    public static bool PhpLooseEquals(string left, string right)
    {
        if (IsPhpInteger(left, out var leftInteger) && IsPhpInteger(right, out var rightInteger))
        {
            return leftInteger == rightInteger;
        }

        if (IsPhpNumber(left, out var leftNumber) && IsPhpNumber(right, out var rightNumber))
        {
            return leftNumber == rightNumber;
        }

        return string.Equals(left, right, StringComparison.Ordinal);
    }

    private static bool IsPhpInteger(string value, out long number) =>
        long.TryParse(value, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);

    private static bool IsPhpNumber(string value, out double number) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);

    private static string Keep(string value, Func<char, bool> keep) =>
        value.All(keep) ? value : string.Concat(value.Where(keep));
}
