using System;
using System.Collections.Generic;
using System.Globalization;
using VicidialLeads.Protocol;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.RecordingLookup
{
    /// <summary>
    /// Reads a recording_lookup answer asked with duration=Y (capture 76c, in pipes): one line per recording,
    /// <c>start_time|user|recording_id|lead_id|length|location</c>, oldest first; none is the line
    /// <c>ERROR: recording_lookup NO RECORDINGS FOUND</c> (76e). The location is last, so a '|' in it stays in it.
    /// </summary>
    internal static class RecordingLookupParser
    {
        private const int FieldCount = 6;
        private const string NoRecordings = "ERROR: recording_lookup NO RECORDINGS FOUND";

        public static List<VicidialRecording> Parse(string body, SecretRedactor redactor)
        {
            var recordings = new List<VicidialRecording>();
            if (body.Length == 0 || body[body.Length - 1] != '\n')
                throw new VicidialProtocolException($"The server's recording_lookup answer is {(body.Length == 0 ? "empty" : "cut short")}.");
            if (body.StartsWith(NoRecordings, StringComparison.Ordinal))
                return recordings;
            if (ServerErrorParser.Classify(body) != ServerErrorLine.None)
                throw new VicidialProtocolException($"The server answered recording_lookup with an error: {ServerErrorParser.Reason(body, redactor)}.", isTransient: false);

            int start = 0;
            while (start < body.Length)
            {
                int end = body.IndexOf('\n', start);
                string line = body.Substring(start, end - start);
                start = end + 1;
                string[] fields = line.Split(new[] { '|' }, FieldCount);
                if (fields.Length != FieldCount)
                    throw new VicidialProtocolException($"A recording_lookup line has {fields.Length} fields instead of {FieldCount}: {redactor.Excerpt(line)}", isTransient: false);
                recordings.Add(new VicidialRecording(ServerTime.Required(fields[0], "a recording's start time"), fields[1],
                    Number(fields[2], "recording id"), Number(fields[3], "lead id"), (int)Math.Min(Number(fields[4], "length"), int.MaxValue), Location(fields[5])));
            }
            return recordings;
        }

        private static Uri? Location(string text) =>
            text.Length > 0 && Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out Uri? location) ? location : null;

        private static long Number(string text, string what)
        {
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value))
                return value;
            throw new VicidialProtocolException($"The server gave a recording's {what} as '{text}', which is not a whole number.", isTransient: false);
        }
    }
}
