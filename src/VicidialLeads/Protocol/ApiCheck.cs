using System;
using System.Collections.Generic;

namespace VicidialLeads.Protocol
{
    /// <summary>
    /// The check of a working API that the server logs as SUCCESS and that reads no lead: check_phone_number of a
    /// fixed number with the 24hours call time every VICIdial has (80). It needs only API access and user level 8.
    /// </summary>
    internal static class ApiCheck
    {
        public const string Function = "check_phone_number";

        public static readonly IReadOnlyList<KeyValuePair<string, string>> Fields = new[]
        {
            new KeyValuePair<string, string>("phone_number", "5555550100"),
            new KeyValuePair<string, string>("local_call_time", "24hours"),
        };

        /// <summary>The user may not use check_phone_number (its allowed functions, or its level): check another way.</summary>
        public static bool IsRefusedAsFunction(string body)
        {
            ServerErrorLine line = ServerErrorParser.Classify(body);
            return line == ServerErrorLine.FunctionNotAllowed ||
                   (line == ServerErrorLine.PermissionDenied && body.IndexOf(Function, StringComparison.Ordinal) >= 0);
        }

        /// <summary>An answer of a working API: its result line (AREACODE: ...), or one of its own ERROR lines about the number.</summary>
        public static bool IsAnswer(string body) =>
            body.StartsWith("AREACODE:", StringComparison.Ordinal) || body.StartsWith("ERROR: " + Function, StringComparison.Ordinal);
    }
}
