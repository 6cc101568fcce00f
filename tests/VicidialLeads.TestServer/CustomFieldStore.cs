namespace VicidialLeads.TestServer;

/// <summary>
/// VICIdial's custom fields: each list may have a table <c>custom_LISTID</c> with its own columns, holding at most
/// one row per lead. A list "has custom fields" once a column is defined; the table then exists. Column names
/// compare case-insensitively, as MySQL's do. Values never set read as empty, as NULL prints.
/// </summary>
internal sealed class CustomFieldStore
{
    private readonly object _gate = new();
    private readonly Dictionary<int, List<string>> _fieldsByList = [];
    private readonly Dictionary<(int ListId, long LeadId), Dictionary<string, string>> _rows = [];

    /// <summary>Letters, digits and '_', as VICIdial allows in a field label.</summary>
    public static bool IsValidFieldName(string name) =>
        name.Length > 0 && name.All(static c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>Adds the fields a list does not have yet, after those it has.</summary>
    public void Define(int listId, IEnumerable<string> fieldNames)
    {
        var names = Validated(fieldNames);
        lock (_gate)
        {
            DefineUnderLock(listId, names);
        }
    }

    /// <summary>Replaces a lead's row in a list's table; fields the list lacks are added to it.</summary>
    public void SetRow(int listId, long leadId, IEnumerable<KeyValuePair<string, string>> values)
    {
        var row = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in values)
        {
            ArgumentNullException.ThrowIfNull(value);
            row[name] = value;
        }

        var names = Validated(row.Keys);
        lock (_gate)
        {
            DefineUnderLock(listId, names);
            _rows[(listId, leadId)] = row;
        }
    }

    public IReadOnlyList<string> FieldsOf(int listId)
    {
        lock (_gate)
        {
            return _fieldsByList.TryGetValue(listId, out var fields) ? fields.ToArray() : [];
        }
    }

    /// <summary>A list's fields and the lead's values for them (<c>null</c> when the lead has no row).</summary>
    public (IReadOnlyList<string> Fields, IReadOnlyList<string>? Values) Lookup(int listId, long leadId)
    {
        lock (_gate)
        {
            if (!_fieldsByList.TryGetValue(listId, out var fields))
            {
                return ([], null);
            }

            var names = fields.ToArray();
            if (!_rows.TryGetValue((listId, leadId), out var row))
            {
                return (names, null);
            }

            return (names, names.Select(name => row.GetValueOrDefault(name) ?? string.Empty).ToArray());
        }
    }

    private static List<string> Validated(IEnumerable<string> fieldNames)
    {
        ArgumentNullException.ThrowIfNull(fieldNames);
        var names = fieldNames.ToList();
        foreach (var name in names)
        {
            if (name is null || !IsValidFieldName(name))
            {
                throw new ArgumentException($"Custom field name '{name}' may only hold letters, digits and '_'.", nameof(fieldNames));
            }
        }

        return names;
    }

    private void DefineUnderLock(int listId, List<string> names)
    {
        if (!_fieldsByList.TryGetValue(listId, out var fields))
        {
            if (names.Count == 0)
            {
                return;
            }

            fields = [];
            _fieldsByList[listId] = fields;
        }

        foreach (var name in names)
        {
            if (!fields.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                fields.Add(name);
            }
        }
    }
}
