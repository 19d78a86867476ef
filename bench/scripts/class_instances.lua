local Point = {}
Point.__index = Point
function Point.new(x, y)
  return setmetatable({x = x, y = y}, Point)
end
function Point:dot(other)
  return self.x * other.x + self.y * other.y
end
local function main()
  local points = {}
  for i = 0, 1000000 - 1 do
    points[#points + 1] = Point.new(i, i % 5)
  end
  local total = 0
  local unit = Point.new(0, 1)
  for _, p in ipairs(points) do
    total = total + p:dot(unit)
  end
  return total
end
print(main())
