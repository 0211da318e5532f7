-- Issue 13: /customers over long ranges without counting one row per customer and day.
-- Roll-up rows of customer orders per month (dim_kind 'month:customer', day = the month's first) and per year
-- ('year:customer', day = 1 January), and of SKU units per month ('month:sku'), kept in the same transaction as the
-- day rows (FigureRepository.rowsOf); here built once from the day rows already there.
insert into daily_figure (day, metric, dim_kind, dim, count, total)
select date_trunc('month', day)::date, metric, 'month:' || dim_kind, dim, sum(count), sum(total)
from daily_figure where metric in ('customer-orders', 'sku-units') and dim_kind in ('customer', 'sku')
group by 1, 2, 3, 4;
insert into daily_figure (day, metric, dim_kind, dim, count, total)
select date_trunc('year', day)::date, metric, 'year:customer', dim, sum(count), sum(total)
from daily_figure where metric = 'customer-orders' and dim_kind = 'customer'
group by 1, 2, 4;

-- The purchase-frequency distribution of each calendar month and year: how many customers ordered n times in it.
-- When a customer's month (year) row goes from k to k', one customer leaves bucket k and enters bucket k'.
create table customer_frequency (
    period_kind text   not null,  -- month, year
    period      date   not null,  -- the period's first day
    orders      bigint not null,
    customers   bigint not null,
    primary key (period_kind, period, orders)
);
insert into customer_frequency (period_kind, period, orders, customers)
select split_part(dim_kind, ':', 1), day, count, count(*) from daily_figure
where metric = 'customer-orders' and dim_kind in ('month:customer', 'year:customer') and count > 0
group by 1, 2, 3;
