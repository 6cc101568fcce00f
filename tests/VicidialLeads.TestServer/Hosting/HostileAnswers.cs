using System.Globalization;
using System.Text;
using VicidialLeads.TestServer.Api;

namespace VicidialLeads.TestServer.Hosting;

/// <summary>
/// The answers of the fault modes that damage content, each built from the real answer and a random generator
/// (seeded per hit, so a seeded fault repeats its damage). All come with HTTP 200. Lines starting with
/// <c>ERROR</c> carry no ids or counts and are left alone by the modes that rewrite fields.
/// </summary>
internal static class HostileAnswers
{
    private const char FieldSeparator = '|';
    private const char IdSeparator = '-';
    private const string ErrorPrefix = "ERROR";
    private const int MinGarbageBytes = 8;
    private const int MaxGarbageBytes = 64;
    private const int MaxKeyDraws = 100;

    public static ApiResponse RandomBytes(Random random, int length)
    {
        var body = new byte[length];
        random.NextBytes(body);
        return Ok(body);
    }

    /// <summary>Some lines become random bytes (never a newline), the rest stay; a one-line answer gets a garbage line before it.</summary>
    public static ApiResponse MixedLines(ApiResponse real, Random random)
    {
        var lines = SplitLines(real.Body, out _);
        var mixed = new List<byte[]>();
        if (lines.Count <= 1)
        {
            mixed.Add(Garbage(random));
            mixed.AddRange(lines);
            return Ok(JoinLines(mixed, endWithNewline: true));
        }

        var replace = lines.Select(_ => random.Next(2) == 0).ToArray();
        if (replace.All(static replaced => replaced))
        {
            replace[random.Next(replace.Length)] = false;
        }
        else if (!replace.Any(static replaced => replaced))
        {
            replace[random.Next(replace.Length)] = true;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            mixed.Add(replace[i] ? Garbage(random) : lines[i]);
        }

        return Ok(JoinLines(mixed, endWithNewline: true));
    }

    /// <summary>Every line with a '|' loses its last field or gains one (a random number).</summary>
    public static ApiResponse WrongFieldCount(ApiResponse real, Random random) => RewriteLines(real, line =>
    {
        if (!line.Contains(FieldSeparator, StringComparison.Ordinal))
        {
            return line;
        }

        return random.Next(2) == 0
            ? line[..line.LastIndexOf(FieldSeparator)]
            : line + FieldSeparator + random.Next(1, 1_000_000).ToString(CultureInfo.InvariantCulture);
    });

    /// <summary>
    /// One lead id per line gets a letter in place of a digit: an id of lead_search's third field, or the last field
    /// (lead_id) of a longer line such as a lead_all_info record.
    /// </summary>
    public static ApiResponse NonNumericIds(ApiResponse real, Random random) => RewriteLines(real, line =>
    {
        if (line.StartsWith(ErrorPrefix, StringComparison.Ordinal))
        {
            return line;
        }

        var fields = line.Split(FieldSeparator);
        if (fields.Length == 3 && fields[2].Length > 0)
        {
            var ids = fields[2].Split(IdSeparator);
            var numeric = Enumerable.Range(0, ids.Length).Where(i => IsDigits(ids[i])).ToList();
            if (numeric.Count == 0)
            {
                return line;
            }

            var chosen = numeric[random.Next(numeric.Count)];
            ids[chosen] = WithLetter(ids[chosen], random);
            fields[2] = string.Join(IdSeparator, ids);
            return string.Join(FieldSeparator, fields);
        }

        if (fields.Length > 3 && IsDigits(fields[^1]))
        {
            fields[^1] = WithLetter(fields[^1], random);
            return string.Join(FieldSeparator, fields);
        }

        return line;
    });

    /// <summary>Every <c>key|count|ids</c> line gets a count 1–3 off the number of ids (never below 0).</summary>
    public static ApiResponse CountMismatch(ApiResponse real, Random random) => RewriteLines(real, line =>
    {
        var fields = line.Split(FieldSeparator);
        if (line.StartsWith(ErrorPrefix, StringComparison.Ordinal)
            || fields.Length != 3
            || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return line;
        }

        var idCount = fields[2].Length == 0 ? 0 : fields[2].Split(IdSeparator).Length;
        var offBy = random.Next(1, 4);
        var count = random.Next(2) == 0 && idCount >= offBy ? idCount - offBy : idCount + offBy;
        fields[1] = count.ToString(CultureInfo.InvariantCulture);
        return string.Join(FieldSeparator, fields);
    });

    /// <summary>
    /// Adds one well-formed <c>key|count|ids</c> line for a ten-digit number not among <paramref name="askedKeys"/>,
    /// anywhere after a header line.
    /// </summary>
    public static ApiResponse UnaskedKeys(ApiResponse real, Random random, IReadOnlySet<string> askedKeys)
    {
        var lines = SplitLines(real.Body, out _).Select(line => Encoding.UTF8.GetString(line)).ToList();
        var key = UnaskedNumber(random, askedKeys);
        var idCount = random.Next(1, 4);
        var ids = Enumerable.Range(0, idCount).Select(_ => random.Next(1000, 10_000_000).ToString(CultureInfo.InvariantCulture));
        var extra = $"{key}{FieldSeparator}{idCount}{FieldSeparator}{string.Join(IdSeparator, ids)}";
        var afterHeader = lines.Count > 0 && !lines[0].Contains(FieldSeparator, StringComparison.Ordinal) ? 1 : 0;
        lines.Insert(random.Next(afterHeader, lines.Count + 1), extra);
        return Ok(JoinLines(lines.Select(Encoding.UTF8.GetBytes).ToList(), endWithNewline: true));
    }

    /// <summary>Bytes of the real answer repeated to at least <paramref name="minimumBytes"/>, or newlines if it is empty.</summary>
    public static byte[] RepeatingBlock(byte[] body, int minimumBytes)
    {
        if (body.Length == 0)
        {
            return Enumerable.Repeat((byte)'\n', minimumBytes).ToArray();
        }

        var copies = Math.Max(1, (minimumBytes + body.Length - 1) / body.Length);
        var block = new byte[copies * body.Length];
        for (var i = 0; i < copies; i++)
        {
            body.CopyTo(block, i * body.Length);
        }

        return block;
    }

    private static string UnaskedNumber(Random random, IReadOnlySet<string> askedKeys)
    {
        for (var draw = 0; draw < MaxKeyDraws; draw++)
        {
            var number = random.NextInt64(2_000_000_000L, 10_000_000_000L).ToString(CultureInfo.InvariantCulture);
            if (!askedKeys.Contains(number))
            {
                return number;
            }
        }

        throw new InvalidOperationException("Could not draw a number that was not asked.");
    }

    /// <summary>A digit becomes a lowercase letter: inside the id when it has 3 digits or more (1234 → 12a4), else appended.</summary>
    private static string WithLetter(string id, Random random)
    {
        var letter = (char)('a' + random.Next(26));
        if (id.Length < 3)
        {
            return id + letter;
        }

        var position = random.Next(1, id.Length - 1);
        return string.Concat(id.AsSpan(0, position), new ReadOnlySpan<char>(in letter), id.AsSpan(position + 1));
    }

    private static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    private static byte[] Garbage(Random random)
    {
        var garbage = new byte[random.Next(MinGarbageBytes, MaxGarbageBytes + 1)];
        random.NextBytes(garbage);
        for (var i = 0; i < garbage.Length; i++)
        {
            if (garbage[i] == (byte)'\n')
            {
                garbage[i] = (byte)random.Next(0x80, 0x100);
            }
        }

        return garbage;
    }

    private static ApiResponse RewriteLines(ApiResponse real, Func<string, string> rewrite)
    {
        var lines = SplitLines(real.Body, out var endsWithNewline);
        var rewritten = lines.Select(line => Encoding.UTF8.GetBytes(rewrite(Encoding.UTF8.GetString(line)))).ToList();
        return Ok(JoinLines(rewritten, endsWithNewline));
    }

    /// <summary>The lines of a body without their newlines; a final newline does not start another line.</summary>
    private static List<byte[]> SplitLines(byte[] body, out bool endsWithNewline)
    {
        var lines = new List<byte[]>();
        endsWithNewline = body.Length > 0 && body[^1] == (byte)'\n';
        var start = 0;
        while (start < body.Length)
        {
            var end = Array.IndexOf(body, (byte)'\n', start);
            if (end < 0)
            {
                lines.Add(body[start..]);
                break;
            }

            lines.Add(body[start..end]);
            start = end + 1;
        }

        return lines;
    }

    private static byte[] JoinLines(IReadOnlyList<byte[]> lines, bool endWithNewline)
    {
        var body = new List<byte>();
        for (var i = 0; i < lines.Count; i++)
        {
            body.AddRange(lines[i]);
            if (i < lines.Count - 1 || endWithNewline)
            {
                body.Add((byte)'\n');
            }
        }

        return body.ToArray();
    }

    private static ApiResponse Ok(byte[] body) =>
        new(StatusCodes.Status200OK, body, ApiResponse.PhpContentType, FromPhp: true, CloseConnection: false);
}
