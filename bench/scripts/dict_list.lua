local function main()
  local rows = {}
  for i = 0, 1000000 - 1 do
    rows[#rows + 1] = {id = i, value = i % 7, name = "row"}
  end
  local total = 0
  for _, row in ipairs(rows) do
    total = total + row.value
  end
  return total
end
print(main())
